package dev.proviso.lsp.compile;

import dev.proviso.lsp.index.SymbolKind;
import java.util.List;
import java.util.Optional;

/**
 * The built-in functions, obligations and test facts, as the editor presents them (completion,
 * hover, and which names their arguments are). The compiler checks them in {@code FunctionChecker},
 * {@code ObligationChecker} and {@code TestChecker}; {@code BuiltinsTest} proves that every entry
 * here compiles where it says and that the compiler rejects a name not here. When policy-dsl gains
 * its own table of built-ins (issue 12), this becomes a view of it.
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
   * @param signature as the author writes it, e.g. {@code consent(purpose)}
   * @param argument what a bare name argument names, if the built-in takes one
   * @param example a use that compiles in the shop policy
   */
  public record Builtin(
      String name,
      Place place,
      String signature,
      String description,
      Optional<SymbolKind> argument,
      String example) {}

  public static final List<Builtin> ALL =
      List.of(
          new Builtin(
              "consent",
              Place.CONDITION,
              "consent(purpose) -> bool",
              "true when the subject's consent for the purpose is GIVEN; UNKNOWN is not consent",
              Optional.of(SymbolKind.PURPOSE),
              "consent(marketing.email)"),
          new Builtin(
              "opted_out",
              Place.CONDITION,
              "opted_out(name) -> bool",
              "true when the subject has opted out, e.g. of sale_or_share under CCPA",
              Optional.of(SymbolKind.OPT_OUT),
              "opted_out(sale_or_share)"),
          new Builtin(
              "has",
              Place.CONDITION,
              "has(context.attribute) -> bool",
              "true when the request carries the context attribute",
              Optional.empty(),
              "has(context.offer)"),
          new Builtin(
              "elapsed",
              Place.CONDITION,
              "elapsed(event.name) -> duration",
              "the time since the event; compare it with a duration, e.g. elapsed(event.x) > 24h",
              Optional.empty(),
              "elapsed(event.cart_abandoned) > 24h"),
          new Builtin(
              "mask",
              Place.OBLIGATION,
              "mask(category)",
              "the caller must mask the category's values; guards do it themselves",
              Optional.of(SymbolKind.CATEGORY),
              "mask(contact.phone)"),
          new Builtin(
              "pseudonymize",
              Place.OBLIGATION,
              "pseudonymize(category)",
              "the caller must pseudonymize the category's values; guards do it themselves",
              Optional.of(SymbolKind.CATEGORY),
              "pseudonymize(contact)"),
          new Builtin(
              "not_before",
              Place.OBLIGATION,
              "not_before(instant)",
              "the use may happen only from this instant on; the latest not_before wins",
              Optional.empty(),
              "not_before(event.cart_abandoned + 24h)"),
          new Builtin(
              "audit",
              Place.OBLIGATION,
              "audit",
              "the use must be written to the audit log; a guard that cannot write it refuses",
              Optional.empty(),
              "audit"),
          new Builtin(
              "notify",
              Place.OBLIGATION,
              "notify(\"message\")",
              "the caller must tell the subject this message",
              Optional.empty(),
              "notify(\"we tailor offers to what you bought\")"),
          new Builtin(
              "withdrawn",
              Place.TEST_FACT,
              "withdrawn(purpose) at INSTANT",
              "in a test: the subject withdrew consent for the purpose at that instant",
              Optional.of(SymbolKind.PURPOSE),
              "withdrawn(marketing.email) at 2026-01-01T00:00:00Z"),
          new Builtin(
              "opted_in",
              Place.TEST_FACT,
              "opted_in(name) at INSTANT",
              "in a test: the subject took back an opt-out at that instant",
              Optional.of(SymbolKind.OPT_OUT),
              "opted_in(sale_or_share) at 2026-01-01T00:00:00Z"),
          new Builtin(
              "erasure",
              Place.TEST_FACT,
              "erasure at INSTANT",
              "in a test: the subject's erasure request was accepted at that instant",
              Optional.empty(),
              "erasure at 2026-01-01T00:00:00Z"));

  /** The built-in of that name (the first, for {@code consent}, which is also a test fact). */
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
