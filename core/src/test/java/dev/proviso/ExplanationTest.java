package dev.proviso;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.consent.ConsentState;
import dev.proviso.model.Effect;
import dev.proviso.model.RuleForm;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Explanations: readable lines and the structured entries tools assert on. */
class ExplanationTest {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private final Policy policy = ShopPolicy.compile();
  private final Subject eu = Subject.builder("eu-1").set("region", "EU").set("age", 30).build();

  @Test
  void explanation_requireDeny_namesRuleRegimeFormAndBecause() {
    Decision d =
        policy.decide(
            Request.of(
                eu, policy.category("contact.email"), policy.purpose("marketing.email"), NOW),
            new FakeConsents().consent("eu-1", "marketing.email", ConsentState.WITHDRAWN));

    assertThat(d.explanation().lines())
        .containsExactly(
            "DENY contact.email for marketing.email",
            "  deny by shop.policy:6 (regime gdpr): require consent(marketing.email) to use"
                + " contact.email for marketing.email — \"GDPR needs consent for email"
                + " marketing\"",
            // the consent the require read, and its state: withdrawn, not merely missing
            "  consent(marketing.email) of shop.policy:6 is WITHDRAWN");
    Reason.RuleMatched entry = (Reason.RuleMatched) d.explanation().entries().get(0);
    assertThat(entry.ruleId()).isEqualTo(ShopPolicy.GDPR_CONSENT);
    assertThat(entry.effect()).isEqualTo(Effect.DENY);
    assertThat(entry.form()).isEqualTo(RuleForm.REQUIRE);
    assertThat(entry.regime()).contains("gdpr");
    assertThat(entry.location().line()).isEqualTo(6);
  }

  @Test
  void explanation_multipleCategories_labelsEachReasonWithItsCategory() {
    Request r =
        Request.builder(eu, policy.purpose("marketing.email"))
            .category(policy.category("contact.email"))
            .category(policy.category("contact.phone"))
            .at(NOW)
            .build();

    Decision d =
        policy.decide(r, new FakeConsents().consent("eu-1", "marketing.email", ConsentState.GIVEN));

    assertThat(d.explanation().lines())
        .containsExactly(
            "DENY contact.email, contact.phone for marketing.email",
            "  allow by shop.policy:2 (top level) on contact.email: allow contact.email for"
                + " marketing.email",
            "  no allow matched for contact.phone in: top level, regime gdpr");
    assertThat(d.explanation().entries().get(1))
        .isInstanceOf(Reason.NoAllow.class)
        .extracting(Reason::category)
        .isEqualTo(java.util.Optional.of("contact.phone"));
  }

  @Test
  void explanation_sameDecisionTwice_isBuiltOnceAndShared() {
    Request r = Request.of(eu, policy.category("contact.phone"), policy.purpose("analytics"), NOW);

    Decision first = policy.decide(r);
    Decision second = policy.decide(r);

    assertThat(second).isSameAs(first);
    assertThat(second.explanation()).isSameAs(first.explanation());
  }
}
