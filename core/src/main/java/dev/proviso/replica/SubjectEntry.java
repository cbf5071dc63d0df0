package dev.proviso.replica;

import java.util.ArrayList;
import java.util.List;

/**
 * A cached subject: loading (records from the feed wait in {@code pending}) or loaded. Changed only
 * inside the replica map's per-key compute, so changes to one subject are serialised; readers see
 * {@link #state} through a volatile read and take no lock.
 */
final class SubjectEntry {
  private volatile SubjectState state; // null while loading
  private List<ReplicaRecord> pending = new ArrayList<>();

  /** When the state was known to be current: the start of the load that filled it. */
  volatile long loadedAtNanos;

  /** Set by reads, cleared by the eviction sweep (second chance); a benign race, so plain. */
  boolean used = true;

  SubjectState state() {
    return state;
  }

  /** Installs the loaded state plus what the feed brought meanwhile; returns the records added. */
  int install(SubjectState loaded, long startedNanos) {
    SubjectState merged = loaded.withAll(pending);
    pending = null;
    loadedAtNanos = startedNanos;
    state = merged;
    return merged.size();
  }

  /** Applies one feed record; returns how many records the entry gained (0 or 1). */
  int apply(ReplicaRecord record) {
    SubjectState current = state;
    if (current == null) {
      pending.add(record);
      return 0;
    }
    SubjectState next = current.with(record);
    state = next;
    return next.size() - current.size();
  }

  /** Records counted against the replica's capacity: one for the entry itself, plus its records. */
  int weight() {
    SubjectState current = state;
    return 1 + (current == null ? 0 : current.size());
  }
}
