package dev.proviso.erasure;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One category of one record a {@link DataSystem} holds about a subject, e.g. the amount of invoice
 * {@code INV-7} ({@code financial.invoice}), with the event instants the record carries ({@code
 * invoice_issued}) so retention periods can be computed.
 *
 * @param key the record's key within its system (e.g. a primary key)
 * @param value the value rendered for people (access reports); never journaled
 * @param events event instants by name, without the {@code event.} prefix
 * @param restrictedTo the purpose the item is restricted to, if it is restricted
 * @param origin where the item came from, when the system knows it (access reports show it; the
 *     category's declared provenance otherwise)
 */
public record HeldItem(
    String key,
    String category,
    String value,
    Map<String, Instant> events,
    Optional<String> restrictedTo,
    Optional<ItemOrigin> origin) {

  public HeldItem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(value, "value");
    events = Map.copyOf(events);
    Objects.requireNonNull(restrictedTo, "restrictedTo");
    Objects.requireNonNull(origin, "origin");
  }

  /** An item whose origin the system does not record. */
  public HeldItem(
      String key,
      String category,
      String value,
      Map<String, Instant> events,
      Optional<String> restrictedTo) {
    this(key, category, value, events, restrictedTo, Optional.empty());
  }

  /** Names the record and category only: the value is personal data and stays out of logs. */
  @Override
  public String toString() {
    return "HeldItem[" + key + "/" + category + "]";
  }

  /** The item's identity within its system. */
  public ItemRef ref() {
    return new ItemRef(key, category);
  }
}
