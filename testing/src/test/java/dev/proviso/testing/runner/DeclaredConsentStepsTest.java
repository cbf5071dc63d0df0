package dev.proviso.testing.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Policy;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.dsl.PolicyCompiler;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Test-block steps for consents declared in the policy, refusals and objections. */
class DeclaredConsentStepsTest {

  private static final String POLICY =
      """
      policy "kinds" version 1
      subject { age: number }
      category contact { email }
      purpose marketing { email, sms }
      consent newsletter for marketing.email valid 12 months
      consent parental_marketing for marketing given by guardian
      allow contact.email for marketing.email
      require consent(newsletter) to use contact.email for marketing.email
      deny contact for marketing when subject.age < 16 unless consent(parental_marketing)
      allow contact for marketing.sms when consent(marketing.sms)
      """;

  private static PolicyTestReport run(String tests) {
    Policy policy =
        Policy.from(PolicyCompiler.compileString("kinds.policy", POLICY + tests).modelOrThrow());
    return new PolicyTestRunner(policy).runAll();
  }

  @Test
  void runAll_declaredConsentStepsWithGiverRefusalAndObjection_pass() {
    PolicyTestReport report =
        run(
            """
            test "a guardian's consent counts, the child's own does not" {
              subject { age: 12 }
              given consent(newsletter) at 2026-01-01T00:00:00Z
              given consent(parental_marketing) at 2026-01-01T00:00:00Z
              expect deny contact.email for marketing.email at 2026-01-02T00:00:00Z
              given consent(parental_marketing) by guardian at 2026-01-03T00:00:00Z
              expect allow contact.email for marketing.email at 2026-01-04T00:00:00Z
            }
            test "the declared validity ends a grant" {
              subject { age: 30 }
              given consent(newsletter) at 2026-01-01T00:00:00Z
              expect allow contact.email for marketing.email at 2026-12-31T23:59:59Z
              expect deny contact.email for marketing.email at 2027-01-01T00:00:00Z
            }
            test "refused and objected never grant" {
              subject { age: 30 }
              given refused(newsletter) at 2026-01-01T00:00:00Z
              expect deny contact.email for marketing.email at 2026-01-02T00:00:00Z
              given consent(marketing.sms) at 2026-01-01T00:00:00Z
              expect allow contact for marketing.sms at 2026-01-02T00:00:00Z
              given objected(marketing.sms) at 2026-02-01T00:00:00Z
              expect deny contact for marketing.sms at 2026-02-02T00:00:00Z
            }
            """);

    assertThat(report.results()).hasSize(3);
    assertThat(report.results()).allSatisfy(r -> assertThat(r.expectations()).isNotEmpty());
    assertThat(report.passed()).as(report.summary()).isTrue();
  }

  @Test
  void runAll_wrongExpectationAfterAnObjection_failureNamesTheState() {
    PolicyTestReport report =
        run(
            """
            test "wrong on purpose" {
              subject { age: 30 }
              given consent(newsletter) at 2026-01-01T00:00:00Z
              given objected(newsletter) at 2026-03-01T00:00:00Z
              expect allow contact.email for marketing.email at 2026-03-02T00:00:00Z
            }
            """);

    assertThat(report.passed()).isFalse();
    assertThat(report.summary())
        .contains("consent(newsletter) of kinds.policy:8 is OBJECTED (since 2026-03-01T00:00:00Z)");
  }

  @Test
  void declared_eventsForADeclaredConsent_keepKindTopicAndGiver() {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    ScenarioConsentView view =
        ScenarioConsentView.forSubject("cust-1")
            .declared(ConsentEventKind.GIVEN, "parental_marketing", at, Optional.of("guardian"))
            .refused("marketing.email", at)
            .objected("marketing.sms", at);

    assertThat(view.events())
        .extracting(e -> e.kind() + " " + e.topic() + " " + e.name() + " " + e.givenBy())
        .containsExactly(
            "GIVEN CONSENT_KIND parental_marketing Optional[guardian]",
            "REFUSED PURPOSE marketing.email Optional.empty",
            "OBJECTED PURPOSE marketing.sms Optional.empty");
    assertThat(view.consent("cust-1", "marketing.email", at))
        .isEqualTo(dev.proviso.consent.ConsentState.REFUSED);
  }
}
