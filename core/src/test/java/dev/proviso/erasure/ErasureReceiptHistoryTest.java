package dev.proviso.erasure;

import static dev.proviso.erasure.ShopFixture.SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Receipts tell the whole story; a second request for the same subject joins the open one. */
class ErasureReceiptHistoryTest {
  private final ShopFixture shop = new ShopFixture();
  private final InMemoryErasureJournal journal = new InMemoryErasureJournal();
  private final ErasureCoordinator coordinator = shop.coordinator(journal);

  @Test
  void receipt_systemFailedTwiceThenSucceeded_keepsEveryAttemptAfterCompletion() {
    shop.mailer.setAvailable(false);
    coordinator.submit("ticket-1", SUBJECT);
    coordinator.resume("ticket-1");
    shop.mailer.setAvailable(true);

    ErasureReceipt done = coordinator.resume("ticket-1");

    assertThat(done.complete()).isTrue();
    assertThat(done.pending()).isEmpty();
    assertThat(done.attempts())
        .filteredOn(a -> a.system().equals("mailer"))
        .extracting(a -> a.number() + ":" + a.succeeded() + ":" + a.error())
        .containsExactly(
            "1:false:data system 'mailer' is unavailable",
            "2:false:data system 'mailer' is unavailable",
            "3:true:null");
    assertThat(done.attempts())
        .filteredOn(a -> a.system().equals("crm"))
        .extracting(ErasureReceipt.Attempt::succeeded)
        .containsExactly(true);
  }

  @Test
  void submit_newIdWhileSubjectHasOpenRequest_joinsItInsteadOfStartingAnother() {
    shop.mailer.setAvailable(false);
    coordinator.submit("click-1", SUBJECT);

    ErasureReceipt second = coordinator.submit("click-2", SUBJECT);

    assertThat(second.requestId()).isEqualTo("click-1");
    assertThat(journal.requests()).extracting(ErasureRequest::requestId).containsExactly("click-1");
    assertThat(coordinator.openRequest(SUBJECT)).map(ErasureRequest::requestId).contains("click-1");
    assertThat(coordinator.openRequest("cust-7")).isEmpty();
  }

  @Test
  void submit_newIdAfterEarlierRequestCompleted_startsNewRequest() {
    coordinator.submit("click-1", SUBJECT);
    shop.crm.put(SUBJECT, "c-9", java.util.Map.of("contact.email", "new@x.eu"), java.util.Map.of());

    ErasureReceipt second = coordinator.submit("click-2", SUBJECT);

    assertThat(second.requestId()).isEqualTo("click-2");
    assertThat(shop.crm.holdings(SUBJECT)).isEmpty();
    assertThat(coordinator.receiptsOf(SUBJECT))
        .extracting(ErasureReceipt::requestId)
        .containsExactly("click-1", "click-2");
  }
}
