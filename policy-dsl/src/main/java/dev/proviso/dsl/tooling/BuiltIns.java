package dev.proviso.dsl.tooling;

import dev.proviso.dsl.internal.check.BuiltIn;
import dev.proviso.dsl.internal.check.GivenFact;
import dev.proviso.dsl.internal.check.Literals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-ins of the language, read from the compiler's own table, for completion and hover.
 *
 * <pre>{@code
 * BuiltIns.named("consent").orElseThrow().signature(); // "consent(purpose) -> bool"
 * }</pre>
 */
public final class BuiltIns {
  private BuiltIns() {}

  private static final String AT = " at 2026-01-01T00:00:00Z";

  private static final List<BuiltInFunction> ALL = table();

  /** Every built-in: conditions and obligations in the compiler's order, then test facts. */
  public static List<BuiltInFunction> all() {
    return ALL;
  }

  /** The built-in of that name (the condition, for {@code consent}, which is also a test fact). */
  public static Optional<BuiltInFunction> named(String name) {
    return ALL.stream().filter(b -> b.name().equals(name)).findFirst();
  }

  public static List<BuiltInFunction> at(BuiltInFunction.Place place) {
    return ALL.stream().filter(b -> b.place() == place).toList();
  }

  /**
   * The duration units in their long forms, shortest first: {@code seconds}, {@code minutes}, ...
   * {@code years} (the compiler also reads {@code 1 day}, {@code 24h}).
   */
  public static List<String> durationUnits() {
    return Literals.units().entrySet().stream()
        .filter(e -> e.getKey().length() > 1 && e.getKey().endsWith("s"))
        .sorted(Comparator.comparing(e -> e.getValue().getDuration()))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static List<BuiltInFunction> table() {
    List<BuiltInFunction> all = new ArrayList<>();
    for (BuiltIn b : BuiltIn.values()) {
      BuiltInFunction.Place place =
          b.use() == BuiltIn.Use.OBLIGATION
              ? BuiltInFunction.Place.OBLIGATION
              : BuiltInFunction.Place.CONDITION;
      String result =
          switch (b.use()) {
            case CONDITION -> " -> bool";
            case VALUE -> " -> duration";
            case OBLIGATION -> "";
          };
      String signature = b.arity() == 0 ? b.spelling() : b.spelling() + parameters(b) + result;
      all.add(
          new BuiltInFunction(
              b.spelling(), place, signature, argument(b.parameter()), b.example()));
    }
    for (GivenFact f : GivenFact.values()) {
      boolean purpose = f.subject() == GivenFact.Subject.PURPOSE;
      all.add(
          new BuiltInFunction(
              f.spelling(),
              BuiltInFunction.Place.TEST_FACT,
              f.spelling() + (purpose ? "(purpose)" : "(name)") + " at INSTANT",
              Optional.of(purpose ? SymbolKind.PURPOSE : SymbolKind.OPT_OUT),
              f.spelling() + (purpose ? "(marketing.email)" : "(sale_or_share)") + AT));
    }
    // 'given erasure at T' has its own syntax in the grammar, not a row of a table.
    all.add(
        new BuiltInFunction(
            "erasure",
            BuiltInFunction.Place.TEST_FACT,
            "erasure at INSTANT",
            Optional.empty(),
            "erasure" + AT));
    return List.copyOf(all);
  }

  /**
   * The parameter list of a signature, optional ones in brackets: {@code (category[, method])},
   * {@code [("tag")]}.
   */
  private static String parameters(BuiltIn b) {
    List<String> words = b.parameters().stream().map(BuiltIns::word).toList();
    if (b.required() == 0) {
      return "[(" + String.join(", ", words) + ")]";
    }
    StringBuilder text = new StringBuilder("(");
    text.append(String.join(", ", words.subList(0, b.required())));
    words
        .subList(b.required(), words.size())
        .forEach(w -> text.append("[, ").append(w).append(']'));
    return text.append(')').toString();
  }

  /** How a signature names the parameter, e.g. {@code consent(purpose)}. */
  private static String word(BuiltIn.Parameter parameter) {
    return switch (parameter) {
      case NONE -> "";
      case PURPOSE -> "purpose";
      case OPT_OUT -> "name";
      case BASES -> "basis, ...";
      case ATTRIBUTE -> "context.attribute";
      case EVENT -> "event.name";
      case CATEGORY -> "category";
      case INSTANT -> "instant";
      case TEXT -> "\"message\"";
      case MASK_METHOD -> "method";
      case TAG -> "\"tag\"";
      case CHANNEL -> "\"channel\"";
    };
  }

  /** What a bare name argument names, for the built-ins that take one. */
  static Optional<SymbolKind> argument(BuiltIn.Parameter parameter) {
    return switch (parameter) {
      case PURPOSE -> Optional.of(SymbolKind.PURPOSE);
      case OPT_OUT -> Optional.of(SymbolKind.OPT_OUT);
      case CATEGORY -> Optional.of(SymbolKind.CATEGORY);
      default -> Optional.empty();
    };
  }
}
