package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.model.LawfulBasis;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Checks lawful-basis declarations ({@code basis legitimate_interests for analytics}) and where
 * {@code basis(...)} may be asked: in a rule's condition only, since a basis belongs to a use (a
 * purpose and categories), not to a subject (P126).
 */
final class Bases {
  private static final List<String> KEYWORDS =
      Arrays.stream(LawfulBasis.values()).map(LawfulBasis::keyword).toList();

  private final Names names;
  private final ExprChecker exprs;
  private final RuleChecker rules;

  Bases(Names names, ExprChecker exprs, RuleChecker rules) {
    this.names = names;
    this.exprs = exprs;
    this.rules = rules;
  }

  void declaration(Statement.Basis basis) {
    basis.categories().ifPresent(rules::categories);
    rules.purposes(basis.purposes());
    if (!known(basis.basis(), names.diagnostics())) {
      basis.consent().ifPresent(exprs::condition);
      return;
    }
    boolean consent = basis.basis().path().equals(LawfulBasis.CONSENT.keyword());
    if (consent && basis.consent().isEmpty()) {
      names
          .diagnostics()
          .report(
              DiagnosticCode.P125,
              basis.basis().loc().span(),
              "a consent basis names the consent it rests on",
              Optional.of("write: basis consent(marketing.email) for marketing.email"));
    } else if (!consent && basis.consent().isPresent()) {
      names
          .diagnostics()
          .report(
              DiagnosticCode.P125,
              basis.consent().get().loc().span(),
              "only a consent basis takes an argument; '"
                  + basis.basis().path()
                  + "' is declared without one",
              Optional.of("write: basis " + basis.basis().path() + " for ..."));
    } else {
      basis.consent().ifPresent(exprs::condition);
    }
  }

  /** Whether {@code name} is one of the six bases; reports P125 with a did-you-mean otherwise. */
  static boolean known(Name name, Diagnostics diagnostics) {
    if (KEYWORDS.contains(name.path())) {
      return true;
    }
    diagnostics.report(
        DiagnosticCode.P125,
        name.loc().span(),
        "unknown lawful basis '" + name.path() + "'",
        Names.didYouMean(name.path(), KEYWORDS)
            .or(() -> Optional.of("the GDPR Art. 6(1) bases are: " + String.join(", ", KEYWORDS))));
    return false;
  }

  /** Reports every {@code basis(...)} inside a regime's {@code applies when} (P126). */
  static void notInRegimeCondition(Expr condition, Diagnostics diagnostics) {
    if (condition instanceof Expr.Call c && c.function().path().equals("basis")) {
      diagnostics.report(
          DiagnosticCode.P126,
          c.loc().span(),
          "basis(...) asks about a use, but a regime's condition is about the subject",
          Optional.of("ask for the basis in the 'when' or 'unless' of the regime's rules"));
    } else if (condition instanceof Expr.Logical l) {
      l.operands().forEach(o -> notInRegimeCondition(o, diagnostics));
    } else if (condition instanceof Expr.Not n) {
      notInRegimeCondition(n.operand(), diagnostics);
    }
  }
}
