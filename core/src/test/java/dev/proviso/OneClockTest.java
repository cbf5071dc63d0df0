package dev.proviso;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.guard.Guard;
import dev.proviso.model.Condition;
import dev.proviso.model.Conditions;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.PolicyModelBuilder;
import dev.proviso.model.Value;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** One clock: requests without an instant and guards without a clock use the policy's. */
class OneClockTest {
  private static final Instant LAUNCH = Instant.parse("2026-06-01T00:00:00Z");
  private static final Clock BEFORE = Clock.fixed(LAUNCH.minusSeconds(1), ZoneOffset.UTC);
  private static final Clock AFTER = Clock.fixed(LAUNCH, ZoneOffset.UTC);

  /** {@code allow contact for marketing when now >= 2026-06-01T00:00:00Z}. */
  private static PolicyModel model() {
    return PolicyModelBuilder.named("clock", 1)
        .category("contact", "email")
        .purpose("marketing")
        .allow("contact", "marketing")
        .when(
            Conditions.compare(
                new Value.Now(), Condition.Operator.GE, new Value.InstantLiteral(LAUNCH)))
        .build();
  }

  @Test
  void request_withoutAnInstant_takesItFromThePolicysClock() {
    Policy policy = Policy.from(model(), BEFORE);
    Subject alice = Subject.of("alice");

    Request of = Request.of(alice, policy.category("contact.email"), policy.purpose("marketing"));
    Request built =
        Request.builder(alice, policy.purpose("marketing"))
            .category(policy.category("contact"))
            .build();

    assertThat(of.at()).isEqualTo(BEFORE.instant());
    assertThat(built.at()).isEqualTo(BEFORE.instant());
    assertThat(policy.decide(of).outcome()).isEqualTo(Outcome.DENY);
    assertThat(Policy.from(model()).clock().getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void guard_withoutAClock_decidesAtThePolicysInstant_andItsOwnClockWins() {
    Policy before = Policy.from(model(), BEFORE);
    Policy after = Policy.from(model(), AFTER);
    Subject alice = Subject.of("alice");

    Decision byPolicyBefore =
        Guard.builder(() -> before).build().decide(alice, "marketing", "contact.email");
    Decision byPolicyAfter =
        Guard.builder(() -> after).build().decide(alice, "marketing", "contact.email");
    Decision byGuardClock =
        Guard.builder(() -> before).clock(AFTER).build().decide(alice, "marketing", "contact");

    assertThat(byPolicyBefore.outcome()).isEqualTo(Outcome.DENY);
    assertThat(byPolicyAfter.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(byGuardClock.outcome()).isEqualTo(Outcome.ALLOW);
  }
}
