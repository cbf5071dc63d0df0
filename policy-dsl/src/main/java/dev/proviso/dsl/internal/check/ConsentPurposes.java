package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.model.Paths;
import java.util.List;
import java.util.Optional;

/** W407: the consent a rule asks for belongs to the purposes the rule is about. */
final class ConsentPurposes {
  private ConsentPurposes() {}

  /**
   * W407: a rule that asks for consent, but for none of the purposes it is about, above or below
   * them: {@code require consent(marketing.email) to use contact for marketing.sms}. A consent for
   * a narrower purpose ({@code deny x for marketing unless consent(marketing.email)}) is a
   * deliberate choice and not reported.
   */
  static void check(ScopedRule rule, Diagnostics diagnostics) {
    Optional<Expr> condition = rule.allow() ? rule.rule().when() : rule.requirement();
    List<Name> consents = condition.map(ScopedRule::consentPurposes).orElse(List.of());
    if (consents.isEmpty()) {
      return;
    }
    for (Name purpose : rule.rule().purposes().names()) {
      if (consents.stream().noneMatch(c -> related(c.path(), purpose.path()))) {
        Name asked = consents.get(0);
        diagnostics.report(
            DiagnosticCode.W407,
            asked.loc().span(),
            "consent("
                + asked.path()
                + ") is for another purpose than '"
                + purpose.path()
                + "', which this rule is about",
            Optional.of(
                "ask for consent("
                    + purpose.path()
                    + "), or for a purpose above both; a consent is given for one purpose"));
        return;
      }
    }
  }

  private static boolean related(String a, String b) {
    return Paths.isSelfOrAncestor(a, b) || Paths.isSelfOrAncestor(b, a);
  }
}
