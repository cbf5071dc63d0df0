package dev.proviso.guard;

import static dev.proviso.guard.FieldAction.KEEP;
import static dev.proviso.guard.FieldAction.MASK;
import static dev.proviso.guard.FieldAction.PSEUDONYMIZE;
import static dev.proviso.guard.FieldAction.REMOVE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How decisions and their obligations become field actions, on decisions of the real engine. */
class FieldActionTest {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private final Policy policy = Policy.from(ShopPolicy.model(1));
  private final Subject us = Subject.builder("cust-us").set("region", "US").build();

  private Decision decide(String category, String purpose) {
    return policy.decide(Request.of(us, policy.category(category), policy.purpose(purpose), NOW));
  }

  @Test
  void of_denied_removes_andAllowedWithoutObligations_keeps() {
    FieldAction[] actions =
        FieldAction.of(
            new String[] {"contact.email", "contact.postal_address"},
            new Decision[] {
              decide("contact.email", "marketing.email"),
              decide("contact.postal_address", "marketing.email")
            },
            NOW);

    assertThat(actions).containsExactly(KEEP, REMOVE);
  }

  @Test
  void of_obligationOfOneCategory_appliesToEveryFieldItNames() {
    Decision pseudonymizingEmail = decide("behavior.purchases", "analytics");
    FieldAction[] actions =
        FieldAction.of(
            new String[] {"behavior.purchases", "contact.email", "contact"},
            new Decision[] {
              pseudonymizingEmail, decide("contact.email", "analytics"), pseudonymizingEmail
            },
            NOW);

    assertThat(actions).containsExactly(KEEP, PSEUDONYMIZE, PSEUDONYMIZE);
  }

  @Test
  void of_maskAndPseudonymizeOnOneField_masks() {
    Decision masking = decide("contact.phone", "marketing.email");
    Decision pseudonymizing = decide("contact.email", "analytics");
    FieldAction[] actions =
        FieldAction.of(
            new String[] {"contact.phone", "contact"},
            new Decision[] {masking, pseudonymizing},
            NOW);

    assertThat(actions).containsExactly(MASK, MASK);
  }

  @Test
  void of_oneDecisionForSeveralCategoriesWaitingOnNotBefore_removesEachOfThem() {
    Decision waiting = decide("contact.email", "marketing.email.later");
    FieldAction[] actions =
        FieldAction.of(
            new String[] {"contact.email", "contact.email"},
            new Decision[] {waiting, waiting},
            NOW);

    assertThat(actions).containsExactly(REMOVE, REMOVE);
  }
}
