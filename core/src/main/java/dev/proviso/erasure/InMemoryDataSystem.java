package dev.proviso.erasure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A thread-safe in-memory {@link DataSystem}: records per subject, each with category values, event
 * instants and restrictions. It can be switched off to rehearse outages, and it counts effective
 * erasures (items that existed when erased), so tests can prove nothing was erased twice.
 *
 * <pre>{@code
 * InMemoryDataSystem invoices = new InMemoryDataSystem("invoicing");
 * invoices.put("cust-42", "INV-7", Map.of("financial.invoice", "EUR 120.00"),
 *     Map.of("invoice_issued", issuedAt));
 * }</pre>
 */
public final class InMemoryDataSystem implements DataSystem {
  private final String name;
  private final Map<String, Map<String, StoredRecord>> bySubject = new LinkedHashMap<>();
  private final Map<ItemRef, Integer> erasures = new LinkedHashMap<>();
  private boolean available = true;

  public InMemoryDataSystem(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  /** Adds or replaces a record of the subject. */
  public synchronized InMemoryDataSystem put(
      String subjectId, String key, Map<String, String> values, Map<String, Instant> events) {
    bySubject
        .computeIfAbsent(subjectId, s -> new LinkedHashMap<>())
        .put(key, new StoredRecord(new TreeMap<>(values), Map.copyOf(events)));
    return this;
  }

  /**
   * Records where the item {@code category} of record {@code key} came from (shown in access
   * reports); the record must have been {@link #put} first.
   */
  public synchronized InMemoryDataSystem origin(
      String subjectId, String key, String category, ItemOrigin origin) {
    StoredRecord r = bySubject.getOrDefault(subjectId, Map.of()).get(key);
    if (r == null || !r.values.containsKey(category)) {
      throw new IllegalArgumentException("no item " + key + "/" + category + " in " + name);
    }
    r.origins.put(category, origin);
    return this;
  }

  /** Simulates an outage: while unavailable every call throws. */
  public synchronized void setAvailable(boolean available) {
    this.available = available;
  }

  /** How many times this item was erased while it existed (0 or 1 unless it was re-created). */
  public synchronized int effectiveErasures(ItemRef item) {
    return erasures.getOrDefault(item, 0);
  }

  @Override
  public synchronized List<HeldItem> holdings(String subjectId) {
    checkAvailable();
    List<HeldItem> items = new ArrayList<>();
    bySubject
        .getOrDefault(subjectId, Map.of())
        .forEach(
            (key, r) ->
                r.values.forEach(
                    (category, value) ->
                        items.add(
                            new HeldItem(
                                key,
                                category,
                                value,
                                r.events,
                                Optional.ofNullable(r.restrictions.get(category)),
                                Optional.ofNullable(r.origins.get(category))))));
    return items;
  }

  @Override
  public synchronized void erase(String subjectId, List<ItemRef> items) {
    checkAvailable();
    Map<String, StoredRecord> records = bySubject.getOrDefault(subjectId, Map.of());
    for (ItemRef item : items) {
      StoredRecord r = records.get(item.key());
      if (r != null && r.values.remove(item.category()) != null) {
        r.restrictions.remove(item.category());
        r.origins.remove(item.category());
        erasures.merge(item, 1, Integer::sum);
        if (r.values.isEmpty()) {
          records.remove(item.key());
        }
      }
    }
  }

  @Override
  public synchronized void restrict(String subjectId, ItemRef item, String purpose, Instant until) {
    checkAvailable();
    StoredRecord r = bySubject.getOrDefault(subjectId, Map.of()).get(item.key());
    if (r != null && r.values.containsKey(item.category())) {
      r.restrictions.put(item.category(), purpose);
    }
  }

  private void checkAvailable() {
    if (!available) {
      throw new IllegalStateException("data system '" + name + "' is unavailable");
    }
  }

  private static final class StoredRecord {
    final Map<String, String> values;
    final Map<String, Instant> events;
    final Map<String, String> restrictions = new LinkedHashMap<>();
    final Map<String, ItemOrigin> origins = new LinkedHashMap<>();

    StoredRecord(Map<String, String> values, Map<String, Instant> events) {
      this.values = values;
      this.events = events;
    }
  }
}
