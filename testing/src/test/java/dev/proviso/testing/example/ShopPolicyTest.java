package dev.proviso.testing.example;

import static dev.proviso.testing.assertions.ProvisoAssertions.assertThat;

import dev.proviso.Obligation;
import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.model.PolicyModel;
import dev.proviso.testing.junit.PolicyTestBlocks;
import dev.proviso.testing.junit.ProvisoPolicy;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The realistic multi-file example: the shop policy's own {@code test} blocks run as dynamic tests
 * through {@link PolicyTestBlocks} (with a rule coverage minimum), next to Java tests asserting on
 * the same compiled policy.
 */
@ProvisoPolicy(value = "policies/shop/shop.policy", minRuleCoverage = 0.8)
class ShopPolicyTest implements PolicyTestBlocks {
  private static final Instant MARCH = Instant.parse("2026-03-01T12:00:00Z");
  private static final Subject EU_ADULT =
      Subject.builder("c-1").set("region", "EU").set("age", 30).set("identified", true).build();

  @Test
  void emailMarketing_euAdultWithConsent_allowedWithAudit(Policy policy) {
    assertThat(policy)
        .forSubject(EU_ADULT)
        .withConsent("marketing.email", Instant.parse("2026-01-01T00:00:00Z"))
        .at(MARCH)
        .allows("contact.email")
        .forPurpose("marketing.email")
        .isDecidedBy("shop.policy", 24)
        .hasObligation(Obligation.Audit.INSTANCE);
  }

  @Test
  void emailMarketing_euAdultWithoutConsent_deniedByGdpr(Policy policy) {
    assertThat(policy)
        .forSubject(EU_ADULT)
        .at(MARCH)
        .denies("contact.email")
        .forPurpose("marketing.email")
        .isDecidedBy("gdpr.policy:3")
        .hasExplanationContaining("direct marketing by email needs consent");
  }

  @Test
  void affluenceOffers_withoutConsent_allowedWithAdvice(Policy policy) {
    assertThat(policy)
        .forSubject("c-2", Map.of("region", "US", "age", 40, "identified", true))
        .withContext("channel", "web")
        .at(MARCH)
        .allows("inferred.affluence")
        .forPurpose("marketing.personalization")
        .hasAdviceContaining("affluence-based offers");
  }

  @Test
  void model_isInjectedToo(PolicyModel model) {
    assertThat(model.name()).isEqualTo("acme-shop");
    assertThat(model.tests()).hasSize(8);
  }
}
