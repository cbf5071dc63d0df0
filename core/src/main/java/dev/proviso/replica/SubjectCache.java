package dev.proviso.replica;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The replica's subjects: a map read without locks, changed only through per-key computes, with its
 * size counted in records and kept under the capacity by a second-chance sweep. Loading puts the
 * entry in the map before the store is read, so a record the feed brings meanwhile waits in the
 * entry and is merged in: a load and the feed can never miss a record between them.
 */
final class SubjectCache {
  private final ReplicaSource source;
  private final LongSupplier ticker;
  private final long capacity;
  private final ConcurrentHashMap<String, SubjectEntry> subjects = new ConcurrentHashMap<>();
  private final AtomicLong weight = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong evictions = new AtomicLong();
  private final AtomicBoolean sweeping = new AtomicBoolean();

  SubjectCache(ReplicaSource source, LongSupplier ticker, long capacity) {
    this.source = source;
    this.ticker = ticker;
    this.capacity = capacity;
  }

  /** The loaded entry of the subject, or null (not cached, or still loading). */
  SubjectEntry loaded(String subjectId) {
    SubjectEntry entry = subjects.get(subjectId);
    return entry == null || entry.state() == null ? null : entry;
  }

  /** Loads the subject in one query; caches it unless another load of it is under way. */
  SubjectState miss(String subjectId) {
    misses.incrementAndGet();
    SubjectEntry mine = new SubjectEntry();
    boolean installing = subjects.putIfAbsent(subjectId, mine) == null;
    if (installing) {
      weight.incrementAndGet();
    }
    long started = ticker.getAsLong();
    List<ReplicaRecord> records;
    try {
      records = source.load(subjectId);
    } catch (RuntimeException | Error e) {
      if (installing) {
        forget(subjectId, mine);
      }
      throw e;
    }
    SubjectState loaded = SubjectState.of(records);
    if (!installing) {
      return loaded; // another read is loading (or loaded) it: answer from this read
    }
    SubjectState[] installed = {loaded};
    subjects.computeIfPresent(
        subjectId,
        (id, entry) -> {
          if (entry == mine) {
            weight.addAndGet(entry.install(loaded, started));
            installed[0] = entry.state();
          }
          return entry;
        });
    sweepIfFull();
    return installed[0];
  }

  /** A feed record: applied to the subject if cached (or loading), dropped otherwise. */
  void apply(ReplicaRecord record) {
    subjects.computeIfPresent(
        record.subjectId(),
        (id, entry) -> {
          weight.addAndGet(entry.apply(record));
          return entry;
        });
  }

  /** Drops the subject, so the next question about it reads the store. */
  void forget(String subjectId) {
    SubjectEntry entry = subjects.get(subjectId);
    if (entry != null) {
      forget(subjectId, entry);
    }
  }

  private void forget(String subjectId, SubjectEntry entry) {
    subjects.computeIfPresent(
        subjectId,
        (id, current) -> {
          if (current != entry) {
            return current;
          }
          weight.addAndGet(-entry.weight());
          return null;
        });
  }

  /** Evicts down to nine tenths of the capacity when over it: unread subjects first. */
  void sweepIfFull() {
    if (weight.get() <= capacity || !sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      long target = capacity - capacity / 10; // free a tenth at once: sweeps stay rare
      for (int pass = 0; pass < 2 && weight.get() > target; pass++) {
        for (var it = subjects.entrySet().iterator(); it.hasNext() && weight.get() > target; ) {
          var e = it.next();
          SubjectEntry entry = e.getValue();
          if (entry.state() == null) {
            continue; // loading
          }
          if (pass == 0 && entry.used) {
            entry.used = false; // a second chance
            continue;
          }
          long before = weight.get();
          forget(e.getKey(), entry);
          if (weight.get() != before) {
            evictions.incrementAndGet();
          }
        }
      }
    } finally {
      sweeping.set(false);
    }
  }

  int size() {
    return subjects.size();
  }

  long misses() {
    return misses.get();
  }

  long evictions() {
    return evictions.get();
  }
}
