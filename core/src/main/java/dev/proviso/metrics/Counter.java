package dev.proviso.metrics;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * One monotonically increasing count, read live.
 *
 * @param name dotted, lower case, e.g. {@code proviso.decision.log.dropped}
 * @param description what is counted, for a metrics UI
 * @param value reads the current count; cheap and thread-safe
 */
public record Counter(String name, String description, LongSupplier value) {

  public Counter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(value, "value");
    if (!name.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*")) {
      throw new IllegalArgumentException("counter name must be dotted lower case: " + name);
    }
  }

  /** The count now. */
  public long count() {
    return value.getAsLong();
  }
}
