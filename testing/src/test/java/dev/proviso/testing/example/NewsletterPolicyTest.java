package dev.proviso.testing.example;

import static dev.proviso.testing.assertions.ProvisoAssertions.assertThat;

import dev.proviso.Obligation;
import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.testing.junit.PolicyTestSuite;
import dev.proviso.testing.junit.ProvisoPolicy;
import dev.proviso.testing.junit.ProvisoTests;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/** The complete example of docs/testing.md, kept compiling and passing here. */
@ProvisoPolicy(value = "policies/newsletter.policy", minRuleCoverage = 0.6, minBranchCoverage = 0.8)
class NewsletterPolicyTest {
  private static final Subject EU_ADULT =
      Subject.builder("c-1").set("region", "EU").set("age", 30).build();
  private static final Subject EU_CHILD =
      Subject.builder("c-2").set("region", "EU").set("age", 12).build();
  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");

  /** One JUnit test per `test` block of the policy, then the rule coverage check. */
  @ProvisoTests
  Stream<DynamicTest> policyTests(PolicyTestSuite suite) {
    return suite.dynamicTests();
  }

  @Test
  void newsletter_adultWhoConsented_allowedAndAudited(Policy policy) {
    assertThat(policy)
        .forSubject(EU_ADULT)
        .withConsent("marketing.email", JAN)
        .at(FEB)
        .allows("contact.email")
        .forPurpose("marketing.email")
        .isDecidedBy("newsletter.policy", 13)
        .hasObligation(Obligation.Audit.INSTANCE);
  }

  @Test
  void newsletter_childWhoConsented_denied(Policy policy) {
    assertThat(policy)
        .forSubject(EU_CHILD)
        .withConsent("marketing.email", JAN)
        .at(FEB)
        .denies("contact.email")
        .forPurpose("marketing.email")
        .isDecidedBy("newsletter.policy:20")
        .hasExplanationContaining("no marketing to children");
  }

  @Test
  void phoneNumbers_neverUsed(Policy policy) {
    assertThat(policy)
        .forSubject(EU_ADULT)
        .at(FEB)
        .denies("contact.phone")
        .forPurpose("analytics")
        .hasExplanationContaining("we never use phone numbers");
  }
}
