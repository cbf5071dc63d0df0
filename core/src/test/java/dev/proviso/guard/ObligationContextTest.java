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
import dev.proviso.log.SubjectPseudonymizer;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * How the built-in handlers turn decisions and their obligations into field actions, on decisions
 * of the real engine.
 */
class ObligationContextTest {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private final Policy policy = Policy.from(ShopPolicy.model(1));
  private final Guard guard =
      Guard.builder(() -> policy)
          .pseudonymizer(new SubjectPseudonymizer(ShopPolicy.KEY_TEXT.getBytes()))
          .build();
  private final Subject us = Subject.builder("cust-us").set("region", "US").build();

  private record Use(Request request, Decision decision) {}

  private Use use(String category, String purpose) {
    Request request = Request.of(us, policy.category(category), policy.purpose(purpose), NOW);
    return new Use(request, policy.decide(request));
  }

  /**
   * The actions for {@code paths}, {@code uses[i]} deciding {@code paths[i]}; a run of one use is
   * one decision.
   */
  private FieldAction[] shaped(String[] paths, Use... uses) {
    FieldAction[] actions = new FieldAction[paths.length];
    for (int i = 0; i < paths.length; i++) {
      actions[i] = uses[i].decision().allowed() ? KEEP : REMOVE;
    }
    for (int from = 0; from < paths.length; ) {
      int to = from + 1;
      while (to < paths.length && uses[to] == uses[from]) {
        to++;
      }
      Use use = uses[from];
      guard.settle(
          new ObligationContext(
              guard,
              use.request(),
              use.decision(),
              ObligationContext.Mode.SHAPE,
              paths,
              actions,
              from,
              to));
      from = to;
    }
    return actions;
  }

  @Test
  void restrict_deniedRemoves_andAllowedWithoutObligationsKeeps() {
    FieldAction[] actions =
        shaped(
            new String[] {"contact.email", "contact.postal_address"},
            use("contact.email", "marketing.email"),
            use("contact.postal_address", "marketing.email"));

    assertThat(actions).containsExactly(KEEP, REMOVE);
  }

  @Test
  void restrict_obligationOfOneCategory_appliesToEveryFieldItNames() {
    Use pseudonymizingEmail = use("behavior.purchases", "analytics");
    Use email = use("contact.email", "analytics");
    FieldAction[] actions =
        shaped(
            new String[] {"behavior.purchases", "contact.email", "contact"},
            pseudonymizingEmail,
            email,
            use("behavior.purchases", "analytics"));

    assertThat(actions).containsExactly(KEEP, PSEUDONYMIZE, PSEUDONYMIZE);
  }

  @Test
  void restrict_maskAndPseudonymizeOnOneField_masks() {
    FieldAction[] actions =
        shaped(
            new String[] {"contact.phone", "contact"},
            use("contact.phone", "marketing.email"),
            use("contact.email", "analytics"));

    assertThat(actions).containsExactly(MASK, MASK);
  }

  @Test
  void withhold_oneDecisionForSeveralCategoriesWaitingOnNotBefore_removesEachOfThem() {
    Use waiting = use("contact.email", "marketing.email.later");
    FieldAction[] actions =
        shaped(new String[] {"contact.email", "contact.email"}, waiting, waiting);

    assertThat(actions).containsExactly(REMOVE, REMOVE);
  }
}
