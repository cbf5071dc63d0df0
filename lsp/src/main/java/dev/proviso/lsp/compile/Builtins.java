package dev.proviso.lsp.compile;

import dev.proviso.dsl.internal.check.BuiltIn;
import dev.proviso.dsl.internal.check.GivenFact;
import dev.proviso.lsp.index.SymbolKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in functions, obligations and test facts as the editor presents them (completion,
 * hover, and what a bare name argument names). Names, places, parameters and examples come from
 * policy-dsl's one table ({@link BuiltIn}, {@link GivenFact}); only the prose shown to the author
 * is kept here, and {@code BuiltinsTest} fails when a row of the table has none.
 */
public final class Builtins {
  private Builtins() {}

  /** Where a built-in may be written. */
  public enum Place {
    CONDITION("condition"),
    OBLIGATION("obligation, after 'with'"),
    TEST_FACT("test fact, after 'given'");

    private final String label;

    Place(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * @param signature as the author writes it, e.g. {@code consent(purpose) -> bool}
   * @param argument what a bare name argument names, if the built-in takes one
   * @param example a use that compiles
   */
  public record Builtin(
      String name,
      Place place,
      String signature,
      String description,
      Optional<SymbolKind> argument,
      String example) {}

  /** Shown when a row of the table has no prose here yet ({@code BuiltinsTest} forbids it). */
  static final String UNDESCRIBED = "a built-in of the policy language";

  private static final Map<String, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry(
              "consent",
              "true when the subject's consent for the purpose is GIVEN; UNKNOWN is not consent"),
          Map.entry(
              "opted_out", "true when the subject has opted out, e.g. of sale_or_share under CCPA"),
          Map.entry("has", "true when the request carries the context attribute"),
          Map.entry(
              "elapsed",
              "the time since the event; compare it with a duration, e.g. elapsed(event.x) > 24h"),
          Map.entry("mask", "the caller must mask the category's values; guards do it themselves"),
          Map.entry(
              "pseudonymize",
              "the caller must pseudonymize the category's values; guards do it themselves"),
          Map.entry(
              "not_before",
              "the use may happen only from this instant on; the latest not_before wins"),
          Map.entry(
              "audit",
              "the use must be written to the audit log; a guard that cannot write it refuses"),
          Map.entry("notify", "the caller must tell the subject this message"),
          Map.entry(
              "given consent",
              "in a test: the subject (or, with 'by guardian', that role) gave consent then"),
          Map.entry(
              "given withdrawn", "in a test: the subject withdrew consent for the purpose then"),
          Map.entry("given refused", "in a test: the subject was asked and refused consent then"),
          Map.entry(
              "given objected",
              "in a test: the subject objected to processing for the purpose then (GDPR Art. 21)"),
          Map.entry("given opted_out", "in a test: the subject opted out then"),
          Map.entry("given opted_in", "in a test: the subject took back an opt-out then"),
          Map.entry("given erasure", "in a test: the subject's erasure request was accepted then"));

  private static final String AT = " at 2026-01-01T00:00:00Z";

  public static final List<Builtin> ALL = table();

  private static List<Builtin> table() {
    List<Builtin> all = new ArrayList<>();
    for (BuiltIn b : BuiltIn.values()) {
      Place place = b.use() == BuiltIn.Use.OBLIGATION ? Place.OBLIGATION : Place.CONDITION;
      String result =
          switch (b.use()) {
            case CONDITION -> " -> bool";
            case VALUE -> " -> duration";
            case OBLIGATION -> "";
          };
      String signature =
          b.arity() == 0 ? b.spelling() : b.spelling() + "(" + word(b.parameter()) + ")" + result;
      all.add(
          new Builtin(
              b.spelling(),
              place,
              signature,
              describe(b.spelling()),
              argument(b.parameter()),
              b.example()));
    }
    for (GivenFact f : GivenFact.values()) {
      boolean purpose = f.subject() == GivenFact.Subject.PURPOSE;
      all.add(
          new Builtin(
              f.spelling(),
              Place.TEST_FACT,
              f.spelling() + (purpose ? "(purpose)" : "(name)") + " at INSTANT",
              describe("given " + f.spelling()),
              Optional.of(purpose ? SymbolKind.PURPOSE : SymbolKind.OPT_OUT),
              f.spelling() + (purpose ? "(marketing.email)" : "(sale_or_share)") + AT));
    }
    // 'given erasure at T' has its own syntax in the grammar, not a row of a table.
    all.add(
        new Builtin(
            "erasure",
            Place.TEST_FACT,
            "erasure at INSTANT",
            describe("given erasure"),
            Optional.empty(),
            "erasure" + AT));
    return List.copyOf(all);
  }

  private static String describe(String key) {
    return DESCRIPTIONS.getOrDefault(key, UNDESCRIBED);
  }

  /** How a signature names the parameter, e.g. {@code consent(purpose)}. */
  private static String word(BuiltIn.Parameter parameter) {
    return switch (parameter) {
      case NONE -> "";
      case PURPOSE -> "purpose";
      case OPT_OUT -> "name";
      case ATTRIBUTE -> "context.attribute";
      case EVENT -> "event.name";
      case CATEGORY -> "category";
      case INSTANT -> "instant";
      case TEXT -> "\"message\"";
    };
  }

  private static Optional<SymbolKind> argument(BuiltIn.Parameter parameter) {
    return switch (parameter) {
      case PURPOSE -> Optional.of(SymbolKind.PURPOSE);
      case OPT_OUT -> Optional.of(SymbolKind.OPT_OUT);
      case CATEGORY -> Optional.of(SymbolKind.CATEGORY);
      default -> Optional.empty();
    };
  }

  /** The built-in of that name (the condition, for {@code consent}, which is also a test fact). */
  public static Optional<Builtin> named(String name) {
    return ALL.stream().filter(b -> b.name().equals(name)).findFirst();
  }

  public static List<Builtin> at(Place place) {
    return ALL.stream().filter(b -> b.place() == place).toList();
  }

  /** The duration units the compiler reads, in their long forms. */
  public static final List<String> DURATION_UNITS =
      List.of("seconds", "minutes", "hours", "days", "weeks", "months", "years");
}
