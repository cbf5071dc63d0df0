package dev.proviso.replica;

import dev.proviso.erasure.ErasureJournal;
import dev.proviso.erasure.ErasureRequest;
import dev.proviso.erasure.JournalEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store's erasure journal with accepted requests made visible to the replica at once. */
final class ReplicaJournal implements ErasureJournal {
  private final ConsentReplica replica;
  private final ErasureJournal store;

  ReplicaJournal(ConsentReplica replica, ErasureJournal store) {
    this.replica = replica;
    this.store = store;
  }

  @Override
  public ErasureRequest accept(ErasureRequest request) {
    ErasureRequest accepted = store.accept(request);
    replica.written(accepted.subjectId()); // restricted here before the coordinator goes on
    return accepted;
  }

  @Override
  public boolean erasureRequested(String subjectId, Instant at) {
    return replica.erasureRequested(subjectId, at);
  }

  @Override
  public Optional<ErasureRequest> request(String requestId) {
    return store.request(requestId);
  }

  @Override
  public List<ErasureRequest> requests() {
    return store.requests();
  }

  @Override
  public List<ErasureRequest> requestsOf(String subjectId) {
    return store.requestsOf(subjectId);
  }

  @Override
  public List<JournalEntry> entries(String requestId) {
    return store.entries(requestId);
  }

  @Override
  public void append(JournalEntry entry) {
    store.append(entry);
  }

  @Override
  public Optional<Claim> tryClaim(String requestId) {
    return store.tryClaim(requestId);
  }

  @Override
  public String toString() {
    return "ReplicaJournal[" + store + "]";
  }
}
