package dev.proviso.erasure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One durable step of an erasure request. Entries are numbered per request from 1 without gaps; the
 * number doubles as an optimistic lock (two coordinators cannot both append entry n).
 *
 * @param system the data system's name, or empty for request-wide steps ({@link
 *     StepType#COMPLETED})
 * @param items the items the step concerns (the plan, or the items erased/restricted/swept)
 * @param detail an error message for {@link StepType#FAILED}, otherwise empty
 */
public record JournalEntry(
    String requestId,
    int seq,
    String system,
    StepType step,
    List<PlannedItem> items,
    String detail,
    Instant at) {
  public JournalEntry {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(step, "step");
    items = List.copyOf(items);
    Objects.requireNonNull(detail, "detail");
    at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS); // as the stores keep it
  }
}
