package dev.proviso.erasure;

import static dev.proviso.erasure.ShopFixture.SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.jackson.ErasureReceiptJson;
import org.junit.jupiter.api.Test;

class ErasureReceiptJsonTest {
  private final ShopFixture shop = new ShopFixture();
  private final ErasureCoordinator coordinator = shop.coordinator(new InMemoryErasureJournal());

  @Test
  void render_completeRequest_namesWhatWhereWhyAndUntilWithoutValues() {
    String json = ErasureReceiptJson.render(coordinator.submit("ticket-1", SUBJECT));

    assertThat(json)
        .contains("\"requestId\" : \"ticket-1\"")
        .contains("\"system\" : \"invoicing\"")
        .contains("\"because\" : \"tax law requires invoices for 10 years\"")
        .contains("\"until\" : \"2030-03-01T00:00:00Z\"")
        .contains("new customer record")
        .doesNotContain("\"completedAt\" : null")
        .doesNotContain("EUR 120.00")
        .doesNotContain("a@x.eu");
  }
}
