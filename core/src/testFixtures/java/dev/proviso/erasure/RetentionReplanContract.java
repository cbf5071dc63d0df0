package dev.proviso.erasure;

import static dev.proviso.erasure.ShopFixture.NOW;
import static dev.proviso.erasure.ShopFixture.SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.model.PolicyDuration;
import dev.proviso.model.RetentionDefinition;
import dev.proviso.model.Selection;
import dev.proviso.model.SourceLocation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Retention follows the serving policy: every sweep plans retained items again under it. Run
 * against every {@link ErasureJournal} implementation.
 */
abstract class RetentionReplanContract {
  private static final Instant UNTIL_V1 = Instant.parse("2030-03-01T00:00:00Z");

  private final ShopFixture shop = new ShopFixture();
  private final ErasureJournal journal = newJournal();
  private final AtomicReference<RetentionPlanner> serving =
      new AtomicReference<>(planner("shop@1", "tax", 10, "legal.tax_records"));

  @Test
  void sweep_newVersionShortensPeriodPastNow_erasesRecordAndJournalAndReceiptSaySo() {
    coordinator(NOW).submit("ticket-1", SUBJECT);
    serving.set(planner("shop@2", "tax", 3, "legal.tax_records"));

    ErasureReceipt receipt = coordinator(NOW).sweep().get(0);

    assertThat(shop.invoicing.holdings(SUBJECT)).isEmpty();
    assertThat(receipt.retained())
        .singleElement()
        .satisfies(r -> assertThat(r.erasedAt()).isEqualTo(NOW));
    assertThat(receipt.replanned())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.item()).isEqualTo("INV-1");
              assertThat(r.fromPolicyVersion()).isEqualTo("shop@1");
              assertThat(r.toPolicyVersion()).isEqualTo("shop@2");
              assertThat(r.fromUntil()).isEqualTo(UNTIL_V1);
              assertThat(r.toUntil()).isNull();
              assertThat(r.note()).contains("policy shop@2 keeps it no longer");
            });
    assertThat(journal.entries("ticket-1"))
        .extracting(JournalEntry::step)
        .containsSubsequence(StepType.REPLANNED, StepType.SWEEP_STARTED, StepType.SWEPT);
  }

  @Test
  void sweep_newVersionShortensPeriodStillAhead_keepsUntilNewEndThenErases() {
    coordinator(NOW).submit("ticket-1", SUBJECT);
    serving.set(planner("shop@2", "tax-8", 8, "legal.audit"));
    Instant newEnd = Instant.parse("2028-03-01T00:00:00Z");

    ErasureReceipt receipt = coordinator(NOW).sweep().get(0);

    assertThat(receipt.retained())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.until()).isEqualTo(newEnd);
              assertThat(r.rule()).isEqualTo("tax-8");
              assertThat(r.policyVersion()).isEqualTo("shop@2");
              assertThat(r.basis()).isEqualTo("gdpr");
              assertThat(r.erasedAt()).isNull();
            });
    assertThat(shop.invoicing.holdings(SUBJECT))
        .singleElement()
        .satisfies(i -> assertThat(i.restrictedTo()).contains("legal.audit"));
    assertThat(coordinator(newEnd.minusSeconds(1)).sweep()).isEmpty();
    assertThat(coordinator(newEnd).sweep().get(0).retained().get(0).erasedAt()).isEqualTo(newEnd);
    assertThat(shop.invoicing.holdings(SUBJECT)).isEmpty();
  }

  @Test
  void sweep_newVersionLengthensPeriod_keepsTheEndTheReceiptPromised() {
    coordinator(NOW).submit("ticket-1", SUBJECT);
    serving.set(planner("shop@2", "tax-15", 15, "legal.tax_records"));

    ErasureReceipt receipt = coordinator(NOW).sweep().get(0);

    assertThat(receipt.retained().get(0).until()).isEqualTo(UNTIL_V1);
    assertThat(receipt.retained().get(0).policyVersion()).isEqualTo("shop@2");
    assertThat(receipt.replanned().get(0).toUntil()).isEqualTo(UNTIL_V1);
    assertThat(coordinator(UNTIL_V1).sweep().get(0).retained().get(0).erasedAt())
        .isEqualTo(UNTIL_V1);
    assertThat(shop.invoicing.holdings(SUBJECT)).isEmpty();
  }

  @Test
  void sweep_samePolicyVersion_journalsNothing() {
    coordinator(NOW).submit("ticket-1", SUBJECT);
    int steps = journal.entries("ticket-1").size();

    assertThat(coordinator(NOW).sweep()).isEmpty();
    assertThat(coordinator(NOW.plus(400, ChronoUnit.DAYS)).sweep()).isEmpty();

    assertThat(journal.entries("ticket-1")).hasSize(steps);
  }

  @Test
  void sweep_systemDownAfterReplan_journalsReplanOnceAndErasesWhenBack() {
    coordinator(NOW).submit("ticket-1", SUBJECT);
    serving.set(planner("shop@2", "tax", 3, "legal.tax_records"));
    shop.invoicing.setAvailable(false);

    ErasureReceipt down = coordinator(NOW).sweep().get(0);
    shop.invoicing.setAvailable(true);
    ErasureReceipt back = coordinator(NOW).sweep().get(0);

    assertThat(down.retained().get(0).erasedAt()).isNull();
    assertThat(back.retained().get(0).erasedAt()).isEqualTo(NOW);
    assertThat(back.replanned()).hasSize(1);
    assertThat(back.attempts())
        .filteredOn(a -> a.system().equals("invoicing") && !a.succeeded())
        .singleElement()
        .satisfies(a -> assertThat(a.error()).contains("sweep").contains("unavailable"));
    assertThat(shop.invoicing.holdings(SUBJECT)).isEmpty();
  }

  @Test
  void plan_recordsPolicyVersionRuleAndBasis() {
    ErasureReceipt receipt = coordinator(NOW).submit("ticket-1", SUBJECT);

    assertThat(receipt.retained())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.policyVersion()).isEqualTo("shop@1");
              assertThat(r.rule()).isEqualTo("tax");
              assertThat(r.basis()).isEqualTo("gdpr");
            });
  }

  abstract ErasureJournal newJournal();

  private ErasureCoordinator coordinator(Instant at) {
    return new ErasureCoordinator(
        journal, serving::get, shop.systems(), Clock.fixed(at, ZoneOffset.UTC));
  }

  private static RetentionPlanner planner(String version, String id, int years, String purpose) {
    RetentionDefinition tax =
        new RetentionDefinition(
            id,
            Optional.of("gdpr"),
            Selection.of("financial.invoice"),
            purpose,
            new PolicyDuration(years, ChronoUnit.YEARS),
            "invoice_issued",
            Optional.of("tax law requires invoices to be kept"),
            SourceLocation.UNKNOWN);
    return new RetentionPlanner(version, List.of(tax), RetentionPlanner.RegimeApplicability.ALL);
  }
}
