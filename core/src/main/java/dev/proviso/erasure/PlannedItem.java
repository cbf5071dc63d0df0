package dev.proviso.erasure;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the coordinator decided for one held item: erase it, or keep it restricted under a {@link
 * Retention}. Journaled before anything is done, so a resumed run acts on exactly this plan.
 *
 * @param note why an item that a retention rule names is erased anyway (e.g. its event instant is
 *     unknown, or a new policy version ended its period), or empty
 * @param events the item's event instants by name, journaled so the retention can be planned again
 *     under a later policy version without asking the system ({@link RetentionPlanner#replan})
 */
public record PlannedItem(
    String key,
    String category,
    Optional<Retention> retention,
    String note,
    Map<String, Instant> events) {
  public PlannedItem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(note, "note");
    events = Map.copyOf(events);
  }

  /** A plan that journals no event instants (it cannot be planned again). */
  public PlannedItem(String key, String category, Optional<Retention> retention, String note) {
    this(key, category, retention, note, Map.of());
  }

  public ItemRef ref() {
    return new ItemRef(key, category);
  }

  public boolean retained() {
    return retention.isPresent();
  }
}
