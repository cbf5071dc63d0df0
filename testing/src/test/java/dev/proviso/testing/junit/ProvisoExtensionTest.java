package dev.proviso.testing.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.proviso.testing.junit.fixtures.BrokenPolicyFixture;
import dev.proviso.testing.junit.fixtures.FailingPolicyFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs fixture classes through the JUnit Platform launcher, as Surefire and IDEs do. */
class ProvisoExtensionTest {

  /** What one test of a run came to. */
  record Outcome(TestIdentifier test, TestExecutionResult result) {
    String message() {
      return result.getThrowable().map(Throwable::getMessage).orElse("");
    }
  }

  private static Map<String, Outcome> run(Class<?> fixture) {
    Map<String, Outcome> outcomes = new TreeMap<>();
    List<String> order = new ArrayList<>();
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build(),
            new TestExecutionListener() {
              @Override
              public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                outcomes.put(id.getDisplayName(), new Outcome(id, result));
                order.add(id.getDisplayName());
              }
            });
    return outcomes;
  }

  @Test
  void dynamicTests_oneTestPerPolicyTestBlock_namedAfterIt() {
    Map<String, Outcome> outcomes = run(FailingPolicyFixture.class);

    assertThat(outcomes)
        .containsKeys(
            "US customers get the newsletter",
            "EU customers get it without consent",
            "rule coverage");
    assertThat(outcomes.get("US customers get the newsletter").result().getStatus())
        .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
  }

  @Test
  void dynamicTests_failingPolicyTest_failsWithTheExpectationAndExplanation() {
    Outcome failed = run(FailingPolicyFixture.class).get("EU customers get it without consent");

    assertThat(failed.result().getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
    assertThat(failed.message())
        .isEqualTo(
            """
            policy test "EU customers get it without consent" failed (failing.policy:20)
              subject { region: "EU" }

              failing.policy:22: expect allow contact.email for marketing.email
                decided at 1970-01-01T00:00:00Z
                expected: ALLOW
                but was:  DENY
                explanation:
                  DENY contact.email for marketing.email
                    deny by failing.policy:11 (regime gdpr): require consent(marketing.email) to use\
             contact.email for marketing.email — "email marketing needs consent"\
            """);
  }

  @Test
  void dynamicTests_source_isThePolicyFileAtTheTestsLine() {
    Outcome passed = run(FailingPolicyFixture.class).get("US customers get the newsletter");

    assertThat(passed.test().getSource())
        .get()
        .isInstanceOfSatisfying(
            ClasspathResourceSource.class,
            source -> {
              assertThat(source.getClasspathResourceName()).isEqualTo("policies/failing.policy");
              assertThat(source.getPosition().orElseThrow().getLine()).isEqualTo(15);
            });
  }

  @Test
  void dynamicTests_coverageBelowMinimum_failsTheCoverageTest() {
    Outcome coverage = run(FailingPolicyFixture.class).get("rule coverage");

    assertThat(coverage.result().getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
    assertThat(coverage.message())
        .startsWith("branch coverage 50.0% is below the minimum 100.0%\n\n")
        .contains("2/2 rules matched (100.0%), 1/2 branches (50.0%)")
        .contains("failing.policy:11  unless true");
  }

  @Test
  void parameter_policyDoesNotCompile_failsWithTheDiagnostics() {
    Outcome test = run(BrokenPolicyFixture.class).get("usesThePolicy(Policy)");

    assertThat(test.result().getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
    assertThat(test.message())
        .contains("policy policies/broken.policy does not compile:")
        .contains("broken.policy:6:7: error[P101]: unknown data category 'contact.emial'")
        .contains("contact.emial")
        .contains("did you mean 'contact.email'?");
  }
}
