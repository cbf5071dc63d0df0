package dev.proviso.erasure;

import static dev.proviso.erasure.ShopFixture.NOW;
import static dev.proviso.erasure.ShopFixture.SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ErasureCoordinatorTest {
  private final ShopFixture shop = new ShopFixture();
  private final InMemoryErasureJournal journal = new InMemoryErasureJournal();
  private final ErasureCoordinator coordinator = shop.coordinator(journal);

  @Test
  void submit_allSystemsUp_erasesEverythingButInvoicesInForceAndSaysWhy() {
    ErasureReceipt receipt = coordinator.submit("ticket-1", SUBJECT);

    assertThat(receipt.complete()).isTrue();
    assertThat(receipt.pending()).isEmpty();
    assertThat(shop.crm.holdings(SUBJECT)).isEmpty();
    assertThat(shop.crm.holdings("cust-7")).hasSize(1);
    assertThat(shop.mailer.holdings(SUBJECT)).isEmpty();
    assertThat(shop.warehouse.holdings(SUBJECT)).isEmpty();
    assertThat(shop.invoicing.holdings(SUBJECT))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.key()).isEqualTo("INV-1");
              assertThat(i.category()).isEqualTo("financial.invoice");
              assertThat(i.restrictedTo()).contains("legal.tax_records");
            });
    assertThat(receipt.retained())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.system()).isEqualTo("invoicing");
              assertThat(r.rule()).isEqualTo("shop.policy:21");
              assertThat(r.because()).isEqualTo("tax law requires invoices for 10 years");
              assertThat(r.until()).isEqualTo(Instant.parse("2030-03-01T00:00:00Z"));
            });
    assertThat(receipt.erased())
        .extracting(e -> e.system() + ":" + e.category() + "x" + e.items())
        .containsExactlyInAnyOrder(
            "crm:contact.emailx1",
            "crm:contact.phonex1",
            "mailer:contact.emailx1",
            "warehouse:behavior.browsingx1",
            "warehouse:behavior.purchasesx1",
            "invoicing:contact.postal_addressx1",
            "invoicing:financial.invoicex1");
    assertThat(receipt.notice()).contains("new customer record");
  }

  @Test
  void submit_oneSystemDown_reportsItPendingAndResumeCompletesIt() {
    shop.mailer.setAvailable(false);

    ErasureReceipt first = coordinator.submit("ticket-1", SUBJECT);

    assertThat(first.complete()).isFalse();
    assertThat(first.notice()).contains("pending").contains("new customer record");
    assertThat(first.pending())
        .containsExactly(
            new ErasureReceipt.Pending("mailer", 1, "data system 'mailer' is unavailable"));
    assertThat(shop.crm.holdings(SUBJECT)).isEmpty();
    assertThat(shop.warehouse.holdings(SUBJECT)).isEmpty();
    assertThat(journal.erasureRequested(SUBJECT, NOW)).isTrue();

    assertThat(coordinator.resumeAll())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.pending())
                    .extracting(ErasureReceipt.Pending::failedAttempts)
                    .containsExactly(2));

    shop.mailer.setAvailable(true);
    ErasureReceipt done = coordinator.resume("ticket-1");

    assertThat(done.complete()).isTrue();
    assertThat(done.pending()).isEmpty();
    assertThat(shop.mailer.holdings(SUBJECT)).isEmpty();
    assertThat(coordinator.resumeAll()).isEmpty();
    assertThat(shop.crm.effectiveErasures(new ItemRef("c-1", "contact.email"))).isEqualTo(1);
  }

  @Test
  void submit_sameRequestIdAgain_returnsTheSameRequestWithoutRepeatingWork() {
    ErasureReceipt first = coordinator.submit("ticket-1", SUBJECT);
    int steps = journal.entries("ticket-1").size();

    ErasureReceipt again = coordinator.submit("ticket-1", SUBJECT);

    assertThat(again).isEqualTo(first);
    assertThat(journal.entries("ticket-1")).hasSize(steps);
    assertThatThrownBy(() -> coordinator.submit("ticket-1", "cust-7"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another subject");
  }

  @Test
  void erasureRequested_fromAcceptance_evenBeforeAnySystemIsDone() {
    shop.crm.setAvailable(false);
    shop.mailer.setAvailable(false);
    shop.warehouse.setAvailable(false);
    shop.invoicing.setAvailable(false);

    ErasureReceipt receipt = coordinator.submit("ticket-1", SUBJECT);

    assertThat(receipt.pending()).hasSize(4);
    assertThat(journal.erasureRequested(SUBJECT, NOW)).isTrue();
    assertThat(journal.erasureRequested(SUBJECT, NOW.minusSeconds(1))).isFalse();
    assertThat(journal.erasureRequested("cust-7", NOW)).isFalse();
  }

  @Test
  void sweep_afterTheRetentionEnds_erasesTheInvoiceAndRecordsIt() {
    coordinator.submit("ticket-1", SUBJECT);
    assertThat(coordinator.sweep()).isEmpty();

    Instant after = Instant.parse("2030-03-01T00:00:00Z");
    ErasureCoordinator later = shop.coordinator(journal, Clock.fixed(after, ZoneOffset.UTC));
    assertThat(later.sweep())
        .singleElement()
        .satisfies(r -> assertThat(r.retained().get(0).erasedAt()).isEqualTo(after));

    assertThat(shop.invoicing.holdings(SUBJECT)).isEmpty();
    assertThat(later.sweep()).isEmpty();
    assertThat(later.receipt("ticket-1").retained().get(0).erasedAt()).isEqualTo(after);
  }

  @Test
  void sweep_systemDownAtSweepTime_retriesOnTheNextSweep() {
    coordinator.submit("ticket-1", SUBJECT);
    ErasureCoordinator later =
        shop.coordinator(
            journal, Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC));
    shop.invoicing.setAvailable(false);

    assertThat(later.sweep().get(0).retained().get(0).erasedAt()).isNull();
    assertThat(journal.entries("ticket-1"))
        .last()
        .satisfies(e -> assertThat(e.detail()).startsWith("sweep: "));

    shop.invoicing.setAvailable(true);
    assertThat(later.sweep().get(0).retained().get(0).erasedAt()).isNotNull();
    assertThat(shop.invoicing.holdings(SUBJECT)).isEmpty();
  }

  @Test
  void resume_afterACrashFollowingThePlan_erasesOnlyPlannedRecordsNotOnesCreatedSince() {
    CrashingJournal crashing = new CrashingJournal(journal, 1, CrashingJournal.When.AFTER_WRITE);
    assertThatThrownBy(() -> shop.coordinator(crashing).submit("ticket-1", SUBJECT))
        .isInstanceOf(CrashingJournal.Crash.class);
    assertThat(journal.entries("ticket-1"))
        .singleElement()
        .satisfies(e -> assertThat(e.step()).isEqualTo(StepType.PLANNED));
    shop.crm.put(SUBJECT, "c-new", Map.of("contact.email", "new@x.eu"), Map.of());

    ErasureReceipt receipt = coordinator.resume("ticket-1");

    assertThat(receipt.complete()).isTrue();
    assertThat(shop.crm.holdings(SUBJECT)).extracting(HeldItem::key).containsExactly("c-new");
  }

  @Test
  void resume_systemJournaledButNoLongerRegistered_staysPendingSayingSo() {
    shop.mailer.setAvailable(false);
    coordinator.submit("ticket-1", SUBJECT);
    ErasureCoordinator withoutMailer =
        new ErasureCoordinator(
            journal,
            ShopFixture.PLANNER,
            List.of(shop.crm, shop.warehouse, shop.invoicing),
            ShopFixture.CLOCK);

    ErasureReceipt receipt = withoutMailer.resume("ticket-1");

    assertThat(receipt.complete()).isFalse();
    assertThat(receipt.pending())
        .singleElement()
        .satisfies(p -> assertThat(p.lastError()).contains("'mailer' is no longer registered"));
  }

  @Test
  void submit_twoCoordinatorsRacingOnOneRequest_loserStopsBeforeChangingAnySystem()
      throws Exception {
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    DataSystem slowCrm =
        new DataSystem() {
          private boolean first = true;

          @Override
          public String name() {
            return "crm";
          }

          @Override
          public List<HeldItem> holdings(String subjectId) {
            boolean block;
            synchronized (this) {
              block = first;
              first = false;
            }
            if (block) {
              reading.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            }
            return shop.crm.holdings(subjectId);
          }

          @Override
          public void erase(String subjectId, List<ItemRef> items) {
            shop.crm.erase(subjectId, items);
          }

          @Override
          public void restrict(String subjectId, ItemRef item, String purpose, Instant until) {
            shop.crm.restrict(subjectId, item, purpose, until);
          }
        };
    List<DataSystem> systems = List.of(slowCrm, shop.mailer, shop.warehouse, shop.invoicing);
    ErasureCoordinator first =
        new ErasureCoordinator(journal, ShopFixture.PLANNER, systems, ShopFixture.CLOCK);
    ErasureCoordinator second =
        new ErasureCoordinator(journal, ShopFixture.PLANNER, systems, ShopFixture.CLOCK);
    CompletableFuture<ErasureReceipt> slow =
        CompletableFuture.supplyAsync(() -> first.submit("ticket-1", SUBJECT));
    reading.await();

    // The first holds the request's claim while it reads: the second stops before any system.
    assertThatThrownBy(() -> second.resume("ticket-1"))
        .isInstanceOf(JournalConflictException.class)
        .hasMessageContaining("being run by another coordinator");
    assertThat(second.resumeAll()).isEmpty();
    release.countDown();
    ErasureReceipt done = slow.join();

    assertThat(done.complete()).isTrue();
    assertThat(shop.crm.effectiveErasures(new ItemRef("c-1", "contact.email"))).isEqualTo(1);
    assertThat(second.resume("ticket-1")).isEqualTo(done); // claim released: resuming is a no-op
  }

  @Test
  void receipt_systemRegisteredAfterCompletion_isNotReportedPending() {
    coordinator.submit("ticket-1", SUBJECT);
    List<DataSystem> more = new ArrayList<>(shop.systems());
    more.add(new InMemoryDataSystem("new-crm"));

    ErasureReceipt receipt =
        new ErasureCoordinator(journal, ShopFixture.PLANNER, more, ShopFixture.CLOCK)
            .receipt("ticket-1");

    assertThat(receipt.complete()).isTrue();
    assertThat(receipt.pending()).isEmpty();
  }
}
