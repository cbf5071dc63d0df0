package dev.proviso.testing.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Obligation;
import dev.proviso.Policy;
import dev.proviso.dsl.PolicyCompiler;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A test block's {@code expect ... with} compares obligation arguments too. */
class ObligationArgumentsInTestsTest {
  private static final String POLICY =
      """
      policy "args" version 1
      category contact { email, phone }
      purpose marketing
      allow contact for marketing with audit("ccpa_disclosure"), mask(contact.phone, redact)
      oblige contact.email for marketing with notify("we emailed you", "email")
      test "the arguments are expected" at 2026-01-01T00:00:00Z {
        expect allow contact.email for marketing with audit("ccpa_disclosure"), notify("we emailed you", "email")
        expect allow contact.phone for marketing with mask(contact.phone, redact)
      }
      test "another tag is not the tag" at 2026-01-01T00:00:00Z {
        expect allow contact.phone for marketing with audit("other"), mask(contact.phone)
      }
      """;

  @Test
  void run_expectationsWithObligationArguments_matchOnlyTheSameArguments() {
    Policy policy = Policy.from(PolicyCompiler.compileString("args.policy", POLICY).modelOrThrow());

    PolicyTestReport report = new PolicyTestRunner(policy).runAll();

    assertThat(report.results()).extracting(PolicyTestResult::passed).containsExactly(true, false);
    assertThat(report.summary())
        .contains("expected obligation audit(\"other\")")
        .contains("expected obligation mask(contact.phone) but the decision carries")
        .contains("mask(contact.phone, redact)");
  }

  @Test
  void text_obligationsWithArguments_areWrittenAsInAPolicy() {
    assertThat(
            ObligationText.list(
                List.of(
                    Obligation.Audit.tagged("t"),
                    new Obligation.Mask("contact", Optional.of("truncate")),
                    new Obligation.Notify("hi", Optional.of("sms")))))
        .isEqualTo("[audit(\"t\"), mask(contact, truncate), notify(\"hi\", \"sms\")]");
  }
}
