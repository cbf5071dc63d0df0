package dev.proviso.replica;

import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentHistory;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentTopic;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One subject's replicated records, immutable: replaced, never changed, so readers need no lock.
 * The queries scan plain arrays and allocate nothing; the derivation is the ledgers' own ({@link
 * ConsentHistory}), so a replica cannot answer differently from the store it copies.
 */
final class SubjectState {
  static final SubjectState EMPTY =
      new SubjectState(new ConsentEvent[0], new long[0], new Instant[0], new long[0]);

  private final ConsentEvent[] events;
  private final List<ConsentEvent> eventList; // a view of events, for the shared derivation
  private final long[] eventPositions;
  private final Instant[] erasures;
  private final long[] erasurePositions;

  private SubjectState(
      ConsentEvent[] events, long[] eventPositions, Instant[] erasures, long[] erasurePositions) {
    this.events = events;
    this.eventList = Arrays.asList(events);
    this.eventPositions = eventPositions;
    this.erasures = erasures;
    this.erasurePositions = erasurePositions;
  }

  /** The state holding {@code records} (duplicates, by feed and position, kept once). */
  static SubjectState of(List<ReplicaRecord> records) {
    return EMPTY.withAll(records);
  }

  /** This state plus those of {@code records} it does not hold yet. */
  SubjectState withAll(List<ReplicaRecord> records) {
    SubjectState state = this;
    for (ReplicaRecord r : records) {
      state = state.with(r);
    }
    return state;
  }

  /** This state plus {@code record}, or this state when it already holds it. */
  SubjectState with(ReplicaRecord record) {
    if (record instanceof ReplicaRecord.Consent c) {
      if (contains(eventPositions, c.position())) {
        return this;
      }
      ConsentEvent[] e = Arrays.copyOf(events, events.length + 1);
      e[events.length] = c.event();
      return new SubjectState(e, append(eventPositions, c.position()), erasures, erasurePositions);
    }
    ReplicaRecord.Erasure r = (ReplicaRecord.Erasure) record;
    if (contains(erasurePositions, r.position())) {
      return this;
    }
    Instant[] e = Arrays.copyOf(erasures, erasures.length + 1);
    e[erasures.length] = r.acceptedAt();
    return new SubjectState(events, eventPositions, e, append(erasurePositions, r.position()));
  }

  /** How many records the state holds. */
  int size() {
    return events.length + erasures.length;
  }

  ConsentState consent(String purpose, Instant at) {
    return ConsentHistory.consentState(deciding(purpose, false, at), at);
  }

  boolean optedOut(String name, Instant at) {
    return ConsentHistory.optedOut(deciding(name, true, at));
  }

  /** True when an erasure request had been accepted at or before {@code at}. */
  boolean erasureRequested(Instant at) {
    for (Instant accepted : erasures) {
      if (!accepted.isAfter(at)) {
        return true;
      }
    }
    return false;
  }

  private ConsentEvent deciding(String name, boolean optOut, Instant at) {
    return ConsentHistory.deciding(
        eventList, name, optOut ? ConsentTopic.OPT_OUT : ConsentTopic.PURPOSE, at);
  }

  private static boolean contains(long[] positions, long position) {
    for (long p : positions) {
      if (p == position) {
        return true;
      }
    }
    return false;
  }

  private static long[] append(long[] positions, long position) {
    long[] p = Arrays.copyOf(positions, positions.length + 1);
    p[positions.length] = position;
    return p;
  }
}
