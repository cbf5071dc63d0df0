package dev.proviso.examples.shop;

import static dev.proviso.testing.assertions.ProvisoAssertions.assertThat;

import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.testing.junit.PolicyTestSuite;
import dev.proviso.testing.junit.ProvisoPolicy;
import dev.proviso.testing.junit.ProvisoTests;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/**
 * The shop policy's own {@code test} blocks, each a test in the IDE and in Surefire's report, with
 * full rule and branch coverage required, plus a Java assertion on the same compiled policy.
 */
@ProvisoPolicy(value = "policies/shop/shop.policy", minRuleCoverage = 1.0, minBranchCoverage = 1.0)
class ShopPolicyTestsTest {

  @ProvisoTests
  Stream<DynamicTest> policyTests(PolicyTestSuite suite) {
    return suite.dynamicTests();
  }

  @Test
  void inferredAffluence_forMarketing_isAllowedButFlaggedByTheAdvisoryHouseRule(Policy policy) {
    Subject visitor =
        Subject.builder("c-9")
            .set("region", "US-NY")
            .set("age", 40)
            .set("identified", true)
            .build();
    assertThat(policy)
        .forSubject(visitor)
        .withContext("channel", "web")
        .at(Instant.parse("2026-03-01T00:00:00Z"))
        .allows("inferred.affluence")
        .forPurpose("marketing.personalization")
        .hasAdviceContaining("affluence-based offers");
  }
}
