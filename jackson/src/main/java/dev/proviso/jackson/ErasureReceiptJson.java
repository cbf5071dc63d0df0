package dev.proviso.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proviso.erasure.ErasureReceipt;

/**
 * The JSON form of an {@link ErasureReceipt}, for the customer and for audit: indented, ISO-8601
 * instants, absent values left out.
 *
 * <pre>{@code
 * ErasureReceipt receipt = coordinator.submit("ticket-981", "cust-42");
 * String json = ErasureReceiptJson.render(receipt);
 * }</pre>
 */
public final class ErasureReceiptJson {
  private static final ObjectMapper JSON =
      ReportMappers.indented(
          ErasureReceipt.class, ErasureReceipt.Erased.class, ErasureReceipt.Retained.class);

  private ErasureReceiptJson() {}

  /** Indented JSON. */
  public static String render(ErasureReceipt receipt) {
    try {
      return JSON.writeValueAsString(receipt);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a receipt always serialises", e);
    }
  }
}
