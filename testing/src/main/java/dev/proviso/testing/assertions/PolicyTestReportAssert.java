package dev.proviso.testing.assertions;

import dev.proviso.testing.runner.PolicyTestReport;
import org.assertj.core.api.AbstractAssert;

/** Assertions on the results of a policy's {@code test} blocks. */
public final class PolicyTestReportAssert
    extends AbstractAssert<PolicyTestReportAssert, PolicyTestReport> {

  PolicyTestReportAssert(PolicyTestReport report) {
    super(report, PolicyTestReportAssert.class);
  }

  /** Fails with the summary and every failure's explanation unless all tests passed. */
  public PolicyTestReportAssert hasNoFailures() {
    isNotNull();
    if (!actual.passed()) {
      failWithMessage("%s", actual.summary());
    }
    return this;
  }
}
