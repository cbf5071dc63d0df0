package dev.proviso.testing.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Policy;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.model.Effect;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.PolicyModelBuilder;
import dev.proviso.model.PolicyTestDefinition;
import dev.proviso.model.Selection;
import dev.proviso.model.SourceLocation;
import dev.proviso.model.TestStep;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyTestRunnerTest {

  private static final String HEADER =
      """
      policy "mail" version 1
      subject { region: text, age: number }
      category contact { email, phone }
      category behavior { cart }
      purpose marketing { email, retargeting }
      purpose legal { tax }
      allow contact.email for marketing.email with audit
      allow behavior.cart for marketing.retargeting with not_before(event.cart_abandoned + 24h)
      regime gdpr applies when subject.region == "EU" {
        require consent(marketing.email) to use contact.email for marketing.email
          because "email marketing needs consent"
        retain contact for legal.tax 1 year after event.order
      }
      allow contact for legal
      """;

  /** The policy's clock is pinned: an expectation without an instant is decided by it. */
  private static final java.time.Clock EPOCH =
      java.time.Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC);

  private static Policy policy(String tests) {
    return Policy.from(
        PolicyCompiler.compileString("mail.policy", HEADER + tests).modelOrThrow(), EPOCH);
  }

  private static PolicyTestReport run(String tests) {
    return new PolicyTestRunner(policy(tests)).runAll();
  }

  /** Runs the tests and asserts every one of them checked something and passed. */
  private static PolicyTestReport assertPasses(String tests) {
    PolicyTestReport report = run(tests);
    assertThat(report.results()).allSatisfy(r -> assertThat(r.expectations()).isNotEmpty());
    assertThat(report.passed()).as(report.summary()).isTrue();
    return report;
  }

  @Test
  void runAll_expectationsThatHold_pass() {
    PolicyTestReport report =
        assertPasses(
            """
            test "consent then withdrawal" {
              subject { region: "EU", age: 30 }
              expect deny contact.email for marketing.email
              given consent(marketing.email) at 2026-01-01T00:00:00Z
              expect allow contact.email for marketing.email with audit
              given withdrawn(marketing.email) at 2026-02-01T00:00:00Z
              expect deny contact.email for marketing.email
              expect allow contact.email for marketing.email at 2026-01-15T00:00:00Z
            }
            """);
    assertThat(report.summary()).isEqualTo("policy \"mail\": 1 test, 1 passed, 0 failed");
  }

  @Test
  void run_wrongOutcome_failsWithStepRuleAndExplanation() {
    PolicyTestReport report =
        run(
            """
            test "EU email without consent" {
              subject { region: "EU", age: 30 }
              expect allow contact.email for marketing.email
            }
            """);

    PolicyTestResult result = report.results().get(0);
    assertThat(result.passed()).isFalse();
    assertThat(result.failureMessage())
        .startsWith(
            """
            policy test "EU email without consent" failed (mail.policy:15)
              subject { age: 30, region: "EU" }

              mail.policy:17: expect allow contact.email for marketing.email
                decided at 1970-01-01T00:00:00Z
                expected: ALLOW
                but was:  DENY
                explanation:
                  DENY contact.email for marketing.email
            """)
        .contains("deny by mail.policy:10 (regime gdpr)")
        .contains("email marketing needs consent");
    assertThat(report.summary()).startsWith("policy \"mail\": 1 test, 0 passed, 1 failed\n\n");
  }

  @Test
  void run_missingObligation_failsNamingWhatTheDecisionCarries() {
    PolicyTestResult result =
        run("""
                test "US email" {
                  subject { region: "US", age: 30 }
                  expect allow contact.email for marketing.email with mask(contact.email)
                }
                """)
            .results()
            .get(0);

    assertThat(result.failureMessage())
        .contains("expected obligation mask(contact.email) but the decision carries [audit]");
  }

  @Test
  void run_notBeforeFromGivenEvent_matchesTheDecisionsInstant() {
    assertPasses(
        """
            test "retarget a day later" at 2026-03-01T00:00:00Z {
              subject { region: "US", age: 30 }
              given event.cart_abandoned at 2026-02-27T10:00:00Z
              expect allow behavior.cart for marketing.retargeting with not_before(event.cart_abandoned + 24h)
              expect allow behavior.cart for marketing.retargeting with not_before(2026-02-28T10:00:00Z)
            }
            """);
  }

  @Test
  void run_expiredConsent_denies() {
    assertPasses(
        """
            test "consent expires" {
              subject { region: "EU", age: 30 }
              given consent(marketing.email) at 2026-01-01T00:00:00Z until 2026-06-01T00:00:00Z
              expect allow contact.email for marketing.email at 2026-05-31T23:59:59Z
              expect deny contact.email for marketing.email at 2026-06-01T00:00:00Z
            }
            """);
  }

  @Test
  void run_erasure_restrictsAllButRetainedPurposes() {
    assertPasses(
        """
            test "erasure keeps tax records for a year" {
              subject { region: "EU", age: 30 }
              given event.order at 2026-01-01T00:00:00Z
              given erasure at 2026-02-01T00:00:00Z
              expect allow contact.email for legal.tax
              expect deny contact.email for legal
              expect allow contact.email for legal.tax at 2026-01-31T00:00:00Z
              expect deny contact.email for legal.tax at 2027-01-01T00:00:00Z
            }
            """);
  }

  @Test
  void run_everyExpectationChecked_allFailuresReported() {
    PolicyTestResult result =
        run("""
                test "two wrong" {
                  subject { region: "EU", age: 30 }
                  expect allow contact.email for marketing.email
                  expect allow contact.phone for marketing.email
                  expect allow contact for legal
                }
                """)
            .results()
            .get(0);

    assertThat(result.failures())
        .extracting(f -> f.expectation().location().line())
        .containsExactly(17, 18);
    assertThat(result.expectations()).hasSize(3);
  }

  @Test
  void run_becauseText_passesWhenTheExplanationSaysItAndFailsSayingWhatWasMissing() {
    PolicyTestResult result =
        run("""
                test "why" {
                  subject { region: "EU", age: 30 }
                  expect deny contact.email for marketing.email because "Needs Consent"
                  expect deny contact.email for marketing.email because "no newsletters on Sundays"
                }
                """)
            .results()
            .get(0);

    assertThat(result.expectations()).hasSize(2);
    assertThat(result.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.expectation().location().line()).isEqualTo(18);
              assertThat(f.problems())
                  .containsExactly(
                      "expected the explanation or advice to mention \"no newsletters on"
                          + " Sundays\", but it does not");
            });
  }

  @Test
  void run_latestGivenInstant_isTheDefaultClock() {
    PolicyTestResult result =
        run("""
                test "clock" {
                  subject { region: "US", age: 30 }
                  given event.order at 2026-04-01T00:00:00Z
                  expect allow contact.email for marketing.email
                }
                """)
            .results()
            .get(0);

    assertThat(result.expectations().get(0).at()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
  }

  @Test
  void run_modelBuiltInCodeNamingAnUnknownCategory_failsWithDidYouMean() {
    PolicyModel built =
        PolicyModelBuilder.named("code", 1)
            .category("contact", "email")
            .purpose("marketing")
            .allow("contact", "marketing")
            .build();
    TestStep.Expect expect =
        new TestStep.Expect(
            Effect.ALLOW,
            Selection.of("contact.emial"),
            "marketing",
            Optional.empty(),
            List.of(),
            new SourceLocation("code.policy", 9, 3));
    PolicyTestDefinition test =
        new PolicyTestDefinition(
            "typo",
            Map.of(),
            Optional.empty(),
            List.of(expect),
            new SourceLocation("code.policy", 8, 1));

    PolicyTestResult result = new PolicyTestRunner(Policy.from(built, EPOCH)).run(test);

    assertThat(result.failureMessage())
        .contains(
            "code.policy:9: expect allow contact.emial for marketing\n"
                + "    decided at 1970-01-01T00:00:00Z\n"
                + "    could not ask the policy: unknown data category 'contact.emial';"
                + " did you mean 'contact.email'?");
  }
}
