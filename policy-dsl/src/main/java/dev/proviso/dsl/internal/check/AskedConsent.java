package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.model.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * What one {@code consent(x)} call of a condition asks for, for the lints: a declared consent (its
 * declared purposes, whether it is explicit) or a purpose-keyed consent (that purpose).
 *
 * @param name the argument as written
 * @param purposes the purposes the consent is given for
 * @param declared whether {@code name} is a declared consent
 * @param explicit whether it is a declared explicit consent
 */
record AskedConsent(Name name, List<String> purposes, boolean declared, boolean explicit) {

  AskedConsent {
    purposes = List.copyOf(purposes);
  }

  /** Whether the consent is given for {@code purpose} or a purpose above it. */
  boolean covers(String purpose) {
    return purposes.stream().anyMatch(p -> Paths.isSelfOrAncestor(p, purpose));
  }

  /** Whether the consent is for {@code purpose}, a purpose above it or one below it. */
  boolean related(String purpose) {
    return purposes.stream()
        .anyMatch(p -> Paths.isSelfOrAncestor(p, purpose) || Paths.isSelfOrAncestor(purpose, p));
  }

  /**
   * Whether it lifts the ban on a special category used for {@code purpose} (W403): a purpose-keyed
   * consent for it (as before consent kinds) or a declared explicit one (GDPR Art. 9(2)(a)).
   */
  boolean protectsSensitive(String purpose) {
    return covers(purpose) && (!declared || explicit);
  }

  /**
   * The {@code consent(...)} calls of the condition, under {@code and} and {@code or} ({@code not
   * consent(x)} asks for none).
   */
  static List<AskedConsent> in(Expr expr, Symbols symbols) {
    List<AskedConsent> found = new ArrayList<>();
    collect(expr, symbols, found);
    return found;
  }

  private static void collect(Expr expr, Symbols symbols, List<AskedConsent> found) {
    if (expr instanceof Expr.Call c && c.function().path().equals(BuiltIn.CONSENT.spelling())) {
      for (Expr argument : c.arguments()) {
        if (argument instanceof Expr.Path p) {
          Statement.Consent declared = symbols.consents.get(p.name().path());
          found.add(
              declared == null
                  ? new AskedConsent(p.name(), List.of(p.name().path()), false, false)
                  : new AskedConsent(
                      p.name(),
                      declared.purposes().stream().map(Name::path).toList(),
                      true,
                      declared.explicit()));
        }
      }
    } else if (expr instanceof Expr.Logical l) {
      l.operands().forEach(o -> collect(o, symbols, found));
    }
  }
}
