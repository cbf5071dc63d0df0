package dev.proviso.erasure;

import java.util.Objects;
import java.util.Optional;

/**
 * What the coordinator decided for one held item: erase it, or keep it restricted under a {@link
 * Retention}. Journaled before anything is done, so a resumed run acts on exactly this plan.
 *
 * @param note why an item that a retention rule names is erased anyway (e.g. its event instant is
 *     unknown), or empty
 */
public record PlannedItem(String key, String category, Optional<Retention> retention, String note) {
  public PlannedItem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(note, "note");
  }

  public ItemRef ref() {
    return new ItemRef(key, category);
  }

  public boolean retained() {
    return retention.isPresent();
  }
}
