package dev.proviso.testing.assertions;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.testing.runner.PolicyTestReport;
import org.assertj.core.api.Assertions;

/**
 * Entry points for AssertJ-style assertions on policies and decisions; it extends AssertJ's {@link
 * Assertions}, so one static import serves both.
 *
 * <pre>{@code
 * import static dev.proviso.testing.assertions.ProvisoAssertions.assertThat;
 *
 * assertThat(policy)
 *     .forSubject(Subject.builder("c-1").set("region", "EU").set("age", 30).build())
 *     .withConsent("marketing.email", Instant.parse("2026-01-01T00:00:00Z"))
 *     .at(Instant.parse("2026-02-01T00:00:00Z"))
 *     .allows("contact.email").forPurpose("marketing.email")
 *     .isDecidedBy("shop.policy", 9);
 *
 * assertThat(policy).forSubject(child).denies("contact.email").forPurpose("marketing")
 *     .hasExplanationContaining("no marketing under 16");
 * }</pre>
 */
public class ProvisoAssertions extends Assertions {
  /** For static import; extend it to add your own entry points, as with AssertJ's. */
  protected ProvisoAssertions() {}

  public static PolicyAssert assertThat(Policy policy) {
    return new PolicyAssert(policy);
  }

  public static DecisionAssert assertThat(Decision decision) {
    return new DecisionAssert(decision);
  }

  public static PolicyTestReportAssert assertThat(PolicyTestReport report) {
    return new PolicyTestReportAssert(report);
  }
}
