package dev.proviso.testing.assertions;

import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.testing.runner.PolicyTestRunner;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a compiled {@link Policy}; start with {@link #forSubject(Subject)}. */
public final class PolicyAssert extends AbstractAssert<PolicyAssert, Policy> {

  PolicyAssert(Policy policy) {
    super(policy, PolicyAssert.class);
  }

  /** Questions about this subject's data; add consent, context, events and a clock, then ask. */
  public SubjectScenario forSubject(Subject subject) {
    isNotNull();
    return new SubjectScenario(actual, subject, info.descriptionText());
  }

  /** Questions about a subject with these attributes (e.g. {@code Map.of("region", "EU")}). */
  public SubjectScenario forSubject(String id, Map<String, ?> attributes) {
    return forSubject(Subject.builder(id).setAll(attributes).build());
  }

  /** Runs the policy's own {@code test} blocks; fails with every failed expectation explained. */
  public PolicyAssert passesItsTests() {
    isNotNull();
    new PolicyTestReportAssert(new PolicyTestRunner(actual).runAll()).hasNoFailures();
    return this;
  }
}
