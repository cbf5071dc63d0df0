package dev.proviso.replica;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Follows one feed by position. Positions are handed out before commit, so a lower one can commit
 * after a higher one was read: every position skipped over is a gap, re-checked on each poll until
 * its record appears or the gap timeout passes (then it is abandoned and counted: a write that was
 * rolled back, or one whose transaction outlived the timeout). Used by the refresh thread only.
 */
final class FeedFollower {
  static final int BATCH = 1_000;
  static final int PAGES_PER_POLL = 20;
  static final int MAX_GAPS = 10_000;

  /** How far below the head a new follower starts, to see writes still committing at start. */
  static final int START_WINDOW = 1_000;

  private final ReplicaSource source;
  private final ReplicaRecord.Feed feed;
  private final LongSupplier ticker;
  private final long gapTimeoutNanos;
  private final Map<Long, Long> gaps = new LinkedHashMap<>(); // position -> first seen (nanos)
  private boolean started;
  private long highest;
  private long abandoned;

  FeedFollower(
      ReplicaSource source, ReplicaRecord.Feed feed, LongSupplier ticker, long gapTimeoutNanos) {
    this.source = source;
    this.feed = feed;
    this.ticker = ticker;
    this.gapTimeoutNanos = gapTimeoutNanos;
  }

  /**
   * Reads what was committed since the last poll and hands each record to {@code apply}; returns
   * true when it caught up with the feed (false: more than a poll's pages behind). Throws when the
   * store cannot answer; the position is then unchanged except for what was already applied.
   */
  boolean poll(Consumer<ReplicaRecord> apply) {
    if (!started) {
      highest = Math.max(0, source.head(feed) - START_WINDOW);
      started = true;
    }
    recheckGaps(apply);
    for (int page = 0; page < PAGES_PER_POLL; page++) {
      List<ReplicaRecord> batch = source.after(feed, highest, BATCH);
      long now = ticker.getAsLong();
      for (ReplicaRecord r : batch) {
        skipTo(r.position(), now);
        apply.accept(r);
      }
      if (batch.size() < BATCH) {
        return true;
      }
    }
    return false;
  }

  private void skipTo(long position, long now) {
    if (position <= highest) {
      gaps.remove(position); // a gap filled (re-read above the head: cannot happen, kept safe)
      return;
    }
    long missing = position - highest - 1;
    if (missing > MAX_GAPS - gaps.size()) {
      abandoned += missing; // too many to track: counted, never silently
    } else {
      for (long p = highest + 1; p < position; p++) {
        gaps.put(p, now);
      }
    }
    highest = position;
  }

  private void recheckGaps(Consumer<ReplicaRecord> apply) {
    if (gaps.isEmpty()) {
      return;
    }
    long[] open = new long[gaps.size()];
    int i = 0;
    for (Long p : gaps.keySet()) {
      open[i++] = p;
    }
    for (ReplicaRecord r : source.among(feed, open)) {
      gaps.remove(r.position());
      apply.accept(r);
    }
    long now = ticker.getAsLong();
    for (Iterator<Long> it = gaps.values().iterator(); it.hasNext(); ) {
      if (now - it.next() > gapTimeoutNanos) {
        it.remove();
        abandoned++;
      }
    }
  }

  /** Positions given up on: gaps that never filled within the timeout, or too many to track. */
  long abandoned() {
    return abandoned;
  }

  /** Gaps still being re-checked. */
  int openGaps() {
    return gaps.size();
  }
}
