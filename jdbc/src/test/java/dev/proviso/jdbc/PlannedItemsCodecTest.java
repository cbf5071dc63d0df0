package dev.proviso.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.erasure.PlannedItem;
import dev.proviso.erasure.Retention;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlannedItemsCodecTest {
  private static final Instant T = Instant.parse("2030-03-01T00:00:00Z");

  @Test
  void decode_lineWrittenBeforeVersionsWereJournaled_readsWithoutVersionBasisOrEvents() {
    String legacy = "INV-1\tfinancial.invoice\t\tshop.policy:21\tlegal.tax_records\ttax law\t" + T;

    assertThat(PlannedItemsCodec.decode(legacy))
        .containsExactly(
            new PlannedItem(
                "INV-1",
                "financial.invoice",
                Optional.of(new Retention("shop.policy:21", "legal.tax_records", "tax law", T)),
                ""));
  }

  @Test
  void encode_retainedItemWithEvents_roundTrips() {
    PlannedItem item =
        new PlannedItem(
            "INV-1",
            "financial.invoice",
            Optional.of(new Retention("tax", "legal.tax_records", "law", T, "shop@2#ab", "gdpr")),
            "",
            Map.of("invoice_issued", T.minusSeconds(9), "paid", T));

    assertThat(PlannedItemsCodec.decode(PlannedItemsCodec.encode(List.of(item))))
        .containsExactly(item);
  }

  @Test
  void decode_malformedEvent_failsNamingTheLine() {
    String bad = "k\tc\t\t\t\t\t\t\t\tinvoice_issued";

    assertThatThrownBy(() -> PlannedItemsCodec.decode(bad))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("malformed event");
  }
}
