package dev.proviso.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.PurposeViolationException;
import dev.proviso.guard.MatrixFixtures.Person;
import dev.proviso.log.AsyncDecisionLogWriter;
import dev.proviso.log.DecisionEvent;
import dev.proviso.log.DecisionLog;
import dev.proviso.log.DecisionRecord;
import dev.proviso.log.DecisionRecordFormat;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Obligations every guard discharges, or refuses the use for. */
class ObligationHandlingTest {
  private final Policy policy = MatrixFixtures.policy();
  private final List<DecisionEvent> logged = new ArrayList<>();
  private final List<String> notified = new ArrayList<>();

  private Guard.Builder builder() {
    return Guard.builder(() -> policy).pseudonymizer(MatrixFixtures.KEY);
  }

  @Test
  void check_auditWithoutDecisionLog_isRefusedSayingWhatToConfigure() {
    Guard guard = builder().notifier((s, m) -> notified.add(m)).build();

    assertThatThrownBy(() -> guard.check(MatrixFixtures.SUBJECT, "notice", "contact.email"))
        .isInstanceOf(UndischargedObligationException.class)
        .isInstanceOf(PurposeViolationException.class)
        .hasMessageContaining("[contact.email] for notice is allowed with audit")
        .hasMessageContaining("decisionLog(log)")
        .hasMessageNotContaining(MatrixFixtures.RAW_ID)
        .satisfies(
            e -> assertThat(((UndischargedObligationException) e).kind()).isEqualTo("audit"));
    assertThat(notified).isEmpty(); // nothing else discharged for a refused use... or after it
  }

  @Test
  void filter_auditLogThatRefusesTheRecord_refusesTheUseAndHandsOutNothing() {
    DecisionLog full =
        new DecisionLog() {
          @Override
          public void append(DecisionEvent event) {}

          @Override
          public void appendRequired(DecisionEvent event) {
            throw new IllegalStateException("queue full");
          }
        };
    Guard guard = builder().decisionLog(full).notifier((s, m) -> notified.add(m)).build();

    assertThatThrownBy(() -> guard.filter(MatrixFixtures.SUBJECT, "notice", MatrixFixtures.alice()))
        .isInstanceOf(UndischargedObligationException.class)
        .hasMessageContaining("the decision log did not take the record (IllegalStateException)")
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(guard.logFailures()).isEqualTo(1);
  }

  @Test
  void filter_auditedUse_isRecordedOnceBeforeTheDataIsHandedOut() {
    List<String> order = new ArrayList<>();
    Guard guard =
        builder()
            .decisionLog(e -> order.add("logged " + e.outcome()))
            .notifier((s, m) -> order.add("notified"))
            .build();

    Person shown = guard.filter(MatrixFixtures.SUBJECT, "notice", MatrixFixtures.alice());

    assertThat(shown.email()).isEqualTo(MatrixFixtures.EMAIL);
    assertThat(order).containsExactly("logged ALLOW", "notified");
  }

  @Test
  void check_notifyWithoutNotifier_isRefused() {
    Guard guard = builder().decisionLog(logged::add).build();

    assertThatThrownBy(() -> guard.check(MatrixFixtures.SUBJECT, "notice", "contact.phone"))
        .isInstanceOf(UndischargedObligationException.class)
        .hasMessageContaining("allowed with notify, but the guard has no notifier");
    assertThat(logged).hasSize(1); // the refused use's decision is still logged
  }

  @Test
  void obligation_userHandlerReplacingABuiltIn_isUsed_andItsFailureRefuses() {
    Guard custom =
        builder()
            .decisionLog(logged::add)
            .obligation(ObligationHandler.of("notify", (o, use) -> notified.add(o.kind())))
            .build();
    Guard failing =
        builder()
            .decisionLog(logged::add)
            .obligation(
                ObligationHandler.of(
                    "notify",
                    (o, use) -> {
                      throw new IllegalStateException("smtp down for " + use.subject().id());
                    }))
            .build();

    Decision allowed = custom.check(MatrixFixtures.SUBJECT, "notice", "contact.email");
    assertThat(allowed.allowed()).isTrue();
    assertThat(notified).containsExactly("notify");
    assertThatThrownBy(() -> failing.check(MatrixFixtures.SUBJECT, "notice", "contact.email"))
        .isInstanceOf(UndischargedObligationException.class)
        .hasMessageContaining("its handler failed (IllegalStateException)")
        .hasMessageNotContaining(MatrixFixtures.RAW_ID);
  }

  @Test
  void check_notBeforeStillAhead_isRefused_whileDecideAnswersAndFilterRemoves() {
    Guard guard = builder().build();

    assertThatThrownBy(() -> guard.check(MatrixFixtures.SUBJECT, "later", "contact.email"))
        .isInstanceOf(UndischargedObligationException.class)
        .hasMessageContaining("may not happen yet");
    assertThat(guard.decide(MatrixFixtures.SUBJECT, "later", "contact.email").allowed()).isTrue();
    assertThat(guard.filter(MatrixFixtures.SUBJECT, "later", MatrixFixtures.alice()).email())
        .isNull();
  }

  @Test
  void check_maskObligation_staysInTheDecisionForTheCallerWhoHoldsTheValue() {
    Decision decision =
        builder().build().check(MatrixFixtures.SUBJECT, "marketing", "contact.phone");

    assertThat(decision.obligations()).extracting(o -> o.kind()).containsExactly("mask");
  }

  @Test
  void appendRequired_closedAsyncWriter_throwsInsteadOfDropping() throws Exception {
    AsyncDecisionLogWriter writer =
        new AsyncDecisionLogWriter(
            new StringWriter(),
            new DecisionRecordFormat() {
              @Override
              public String encode(DecisionRecord record) {
                return record.toString();
              }

              @Override
              public DecisionRecord decode(String line) {
                throw new UnsupportedOperationException("written only");
              }
            },
            MatrixFixtures.KEY,
            10);
    writer.close();
    Guard guard = builder().decisionLog(writer).notifier((s, m) -> {}).build();

    assertThatThrownBy(() -> guard.check(MatrixFixtures.SUBJECT, "notice", "contact.email"))
        .isInstanceOf(UndischargedObligationException.class)
        .hasMessageContaining("did not take the record");
  }

  @Test
  void decide_nullPurposeOrSubjectOrCategory_throwsNamingTheArgument() {
    Guard guard = builder().build();

    assertThatThrownBy(() -> guard.decide(MatrixFixtures.SUBJECT, null, "contact.email"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("purpose is null; pass a value");
    assertThatThrownBy(() -> guard.decide(null, "support", "contact.email"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subject is null; pass a value");
    assertThatThrownBy(() -> guard.check(MatrixFixtures.SUBJECT, "support", (String) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("categories[0] is null; pass a value");
    assertThatThrownBy(() -> guard.filter(MatrixFixtures.SUBJECT, "support", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("object is null; pass a value");
  }
}
