package dev.proviso.replica;

import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentLedger;
import dev.proviso.consent.ConsentState;
import java.time.Instant;
import java.util.List;

/** The store's ledger with appends made visible to the replica before they return. */
final class ReplicaLedger implements ConsentLedger {
  private final ConsentReplica replica;
  private final ConsentLedger store;

  ReplicaLedger(ConsentReplica replica, ConsentLedger store) {
    this.replica = replica;
    this.store = store;
  }

  @Override
  public void append(ConsentEvent event) {
    store.append(event); // acknowledged by the store first: durable before it is visible
    replica.written(event.subjectId());
  }

  @Override
  public List<ConsentEvent> history(String subjectId) {
    return store.history(subjectId);
  }

  @Override
  public ConsentState consent(String subjectId, String purpose, Instant at) {
    return replica.consent(subjectId, purpose, at);
  }

  @Override
  public boolean optedOut(String subjectId, String name, Instant at) {
    return replica.optedOut(subjectId, name, at);
  }

  @Override
  public String toString() {
    return "ReplicaLedger[" + store + "]";
  }
}
