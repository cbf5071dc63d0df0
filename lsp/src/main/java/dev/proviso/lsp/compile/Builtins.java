package dev.proviso.lsp.compile;

import dev.proviso.dsl.tooling.BuiltInFunction;
import dev.proviso.dsl.tooling.BuiltIns;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-ins as the editor presents them (completion and hover). Names, places, signatures and
 * examples come from policy-dsl's one table ({@link BuiltIns}); only the prose shown to the author
 * is kept here, and {@code BuiltinsTest} fails when a row of the table has none.
 */
public final class Builtins {
  private Builtins() {}

  /** A row of the compiler's table with the sentence that tells the author what it does. */
  public record Builtin(BuiltInFunction function, String description) {
    public String name() {
      return function.name();
    }

    public BuiltInFunction.Place place() {
      return function.place();
    }

    public String signature() {
      return function.signature();
    }

    public String example() {
      return function.example();
    }
  }

  /** Shown when a row of the table has no prose here yet ({@code BuiltinsTest} forbids it). */
  static final String UNDESCRIBED = "a built-in of the policy language";

  private static final Map<String, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry(
              "consent",
              "true when the subject's consent for the purpose is GIVEN; UNKNOWN is not consent"),
          Map.entry(
              "opted_out", "true when the subject has opted out, e.g. of sale_or_share under CCPA"),
          Map.entry(
              "basis",
              "true when a declared lawful basis of one of these kinds covers the use (its consent"
                  + " given, for a consent basis)"),
          Map.entry("has", "true when the request carries the context attribute"),
          Map.entry(
              "elapsed",
              "the time since the event; compare it with a duration, e.g. elapsed(event.x) > 24h"),
          Map.entry(
              "mask",
              "the caller must mask the category's values (method: partial, truncate, hash or"
                  + " redact); guards do it themselves"),
          Map.entry(
              "pseudonymize",
              "the caller must pseudonymize the category's values; guards do it themselves"),
          Map.entry(
              "not_before",
              "the use may happen only from this instant on; the latest not_before wins"),
          Map.entry(
              "audit",
              "the use must be written to the audit log, with the tag if given; a guard that cannot"
                  + " write it refuses"),
          Map.entry(
              "notify", "the caller must tell the subject this message (on the channel if given)"),
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

  public static final List<Builtin> ALL =
      BuiltIns.all().stream().map(f -> new Builtin(f, describe(f))).toList();

  private static String describe(BuiltInFunction f) {
    String key = f.place() == BuiltInFunction.Place.TEST_FACT ? "given " + f.name() : f.name();
    return DESCRIPTIONS.getOrDefault(key, UNDESCRIBED);
  }

  /** The built-in of that name (the condition, for {@code consent}, which is also a test fact). */
  public static Optional<Builtin> named(String name) {
    return ALL.stream().filter(b -> b.name().equals(name)).findFirst();
  }

  public static List<Builtin> at(BuiltInFunction.Place place) {
    return ALL.stream().filter(b -> b.place() == place).toList();
  }

  /** The duration units the compiler reads, in their long forms. */
  public static final List<String> DURATION_UNITS = BuiltIns.durationUnits();
}
