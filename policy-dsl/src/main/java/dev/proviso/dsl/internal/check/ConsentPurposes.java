package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.resolve.Symbols;
import java.util.List;
import java.util.Optional;

/** W407: the consent a rule asks for belongs to the purposes the rule is about. */
final class ConsentPurposes {
  private ConsentPurposes() {}

  /**
   * W407: a rule that asks for consent, but for none of the purposes it is about, above or below
   * them: {@code require consent(marketing.email) to use contact for marketing.sms}. A consent for
   * a narrower purpose ({@code deny x for marketing unless consent(marketing.email)}) is a
   * deliberate choice and not reported. A declared consent is for the purposes it is declared for.
   */
  static void check(ScopedRule rule, Symbols symbols, Diagnostics diagnostics) {
    Optional<Expr> condition = rule.allow() ? rule.rule().when() : rule.requirement();
    List<AskedConsent> consents = condition.map(c -> AskedConsent.in(c, symbols)).orElse(List.of());
    if (consents.isEmpty()) {
      return;
    }
    for (Name purpose : rule.rule().purposes().names()) {
      if (consents.stream().noneMatch(c -> c.related(purpose.path()))) {
        AskedConsent asked = consents.get(0);
        String help =
            asked.declared()
                ? "consent "
                    + asked.name().path()
                    + " is declared for "
                    + String.join(", ", asked.purposes())
                    + "; add "
                    + purpose.path()
                    + " to its purposes, or ask for a consent declared for it"
                : "ask for consent("
                    + purpose.path()
                    + "), or for a purpose above both; a consent is given for one purpose";
        diagnostics.report(
            DiagnosticCode.W407,
            asked.name().loc().span(),
            "consent("
                + asked.name().path()
                + ") is for another purpose than '"
                + purpose.path()
                + "', which this rule is about",
            Optional.of(help));
        return;
      }
    }
  }
}
