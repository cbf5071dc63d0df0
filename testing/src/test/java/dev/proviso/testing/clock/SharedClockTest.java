package dev.proviso.testing.clock;

import static dev.proviso.testing.assertions.ProvisoAssertions.assertThat;

import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.testing.runner.PolicyTestReport;
import dev.proviso.testing.runner.PolicyTestRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A policy's test blocks and the AssertJ scenarios decide a question without an instant the same
 * way: at the latest instant the scenario named, else at the policy's clock.
 */
class SharedClockTest {
  private static final String TEXT =
      """
      policy "launch" version 1
      category contact { email }
      purpose marketing
      purpose events
      allow contact for marketing when now >= 2026-06-01T00:00:00Z
      allow contact for events when elapsed(event.signup) >= 24h
      test "after the launch, by the policy's clock" {
        expect allow contact.email for marketing
      }
      test "a named instant is the clock" {
        given event.signup at 2026-07-01T00:00:00Z
        expect deny contact.email for events
      }
      """;

  private static Policy policy(String now) {
    return Policy.from(
        PolicyCompiler.compileString("launch.policy", TEXT).modelOrThrow(),
        Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
  }

  @Test
  void testBlocksAndAssertions_withoutAnInstant_useThePolicysClock() {
    Policy after = policy("2026-06-02T00:00:00Z");
    Policy before = policy("2026-05-01T00:00:00Z");

    PolicyTestReport passing = new PolicyTestRunner(after).runAll();
    PolicyTestReport failing = new PolicyTestRunner(before).runAll();

    assertThat(passing.passed()).as(passing.summary()).isTrue();
    assertThat(failing.passed()).isFalse();
    assertThat(failing.summary()).contains("decided at 2026-05-01T00:00:00Z");
    assertThat(after).forSubject(Subject.of("s1")).allows("contact.email").forPurpose("marketing");
    assertThat(before).forSubject(Subject.of("s1")).denies("contact.email").forPurpose("marketing");
  }

  @Test
  void assertions_withANamedInstant_decideThereLikeATestBlock() {
    Policy policy = policy("2026-12-01T00:00:00Z");

    assertThat(policy)
        .forSubject(Subject.of("s1"))
        .withEvent("signup", Instant.parse("2026-07-01T00:00:00Z"))
        .denies("contact.email")
        .forPurpose("events");
    assertThat(policy)
        .forSubject(Subject.of("s1"))
        .withEvent("signup", Instant.parse("2026-07-01T00:00:00Z"))
        .at(Instant.parse("2026-07-02T00:00:00Z"))
        .allows("contact.email")
        .forPurpose("events");
  }
}
