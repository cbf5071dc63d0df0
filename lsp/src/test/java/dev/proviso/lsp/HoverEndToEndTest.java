package dev.proviso.lsp;

import static dev.proviso.lsp.LspSession.at;
import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.lsp4j.Hover;
import org.junit.jupiter.api.Test;

/** Hover on the shop policy: a sensitive category, a purpose, a rule. */
class HoverEndToEndTest extends ShopEndToEnd {

  @Test
  void hover_onSensitiveCategory_showsFlagsWhereInheritedAndTheRulesNamingIt() {
    Hover hover = hover(shop, at(shopText, "pregnancy", 0, 2));

    assertThat(hover.getContents().getRight().getValue())
        .isEqualTo(
            """
            **data category** `inferred.pregnancy`

            - sensitive
            - derived (inherited from `inferred`)

            declared at shop.policy:14

            **rules that name it** (or what lies below it):

            - `deny inferred.pregnancy for marketing because "no marketing on an inferred \
            pregnancy"` at brand.policy:3
            """);
    assertThat(hover.getRange()).isEqualTo(range(13, 28, 13, 37));
  }

  @Test
  void hover_onPurpose_showsItsSubtree() {
    String value =
        hover(shop, at(shopText, "purpose marketing", 0, 10)).getContents().getRight().getValue();

    assertThat(value)
        .startsWith(
            """
            **purpose** `marketing`

            ```
            marketing
              email
              retargeting
              personalization
            ```

            declared at shop.policy:19
            """)
        .contains(
            "- `deny any for marketing when subject.age < 16 because \"Art. 8: no marketing to children\"` at gdpr.policy:9\n");
  }

  @Test
  void hover_onRule_showsTheUsesItCoversFromTheAnalysis() {
    Hover hover = hover(shop, at(shopText, TYPO_LINE, 0, 1));

    assertThat(hover.getContents().getRight().getValue())
        .isEqualTo(
            """
            **rule** `shop.policy:25`

            covers 1 use; the policy then says, for a subject of whom nothing is known:

            - `contact.email` for `marketing.email`: allow when (not under gdpr \
            (subject.region in ["EU", "EEA"]) or consent(marketing.email)) and (not under gdpr \
            (subject.region in ["EU", "EEA"]) or subject.age >= 16) with audit
            """);
  }

  @Test
  void hover_onANamedRule_showsTheUsesItCoversUnderItsName() {
    String text =
        shopText.replaceFirst(
            "allow contact.email for marketing.email",
            "allow[newsletter] contact.email for marketing.email");
    session.change(shop, text);
    assertThat(session.nextDiagnostics(shop).getDiagnostics()).isEmpty();

    Hover onName = hover(shop, at(text, "[newsletter]", 0, 3));
    Hover onCondition = hover(shop, at(text, "with audit", 0, 1));

    assertThat(onName.getContents().getRight().getValue())
        .startsWith("**rule** `newsletter`\n\ncovers 1 use;")
        .contains("- `contact.email` for `marketing.email`: allow when");
    assertThat(onName.getRange()).isEqualTo(range(24, 6, 24, 16));
    assertThat(onCondition.getContents().getRight().getValue())
        .isEqualTo(onName.getContents().getRight().getValue());
    assertThat(onCondition.getRange()).as("the whole rule").isEqualTo(range(24, 0, 24, 110));
  }
}
