package dev.proviso.erasure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A thread-safe in-memory {@link ErasureJournal} for tests; nothing survives the process. */
public final class InMemoryErasureJournal implements ErasureJournal {
  private final Map<String, ErasureRequest> requests = new LinkedHashMap<>();
  private final Map<String, List<JournalEntry>> entries = new LinkedHashMap<>();
  private final Set<String> claimed = new HashSet<>();

  @Override
  public synchronized ErasureRequest accept(ErasureRequest request) {
    ErasureRequest existing = requests.putIfAbsent(request.requestId(), request);
    return existing == null ? request : JournalRules.sameSubject(existing, request);
  }

  @Override
  public synchronized Optional<ErasureRequest> request(String requestId) {
    return Optional.ofNullable(requests.get(requestId));
  }

  @Override
  public synchronized List<ErasureRequest> requests() {
    return List.copyOf(requests.values());
  }

  @Override
  public synchronized List<JournalEntry> entries(String requestId) {
    return List.copyOf(entries.getOrDefault(requestId, List.of()));
  }

  @Override
  public synchronized void append(JournalEntry entry) {
    if (!requests.containsKey(entry.requestId())) {
      throw new IllegalArgumentException("no erasure request " + entry.requestId());
    }
    List<JournalEntry> list = entries.computeIfAbsent(entry.requestId(), id -> new ArrayList<>());
    if (entry.seq() != list.size() + 1) {
      throw new JournalConflictException(entry.requestId(), entry.seq());
    }
    list.add(entry);
  }

  @Override
  public synchronized Optional<Claim> tryClaim(String requestId) {
    if (!claimed.add(requestId)) {
      return Optional.empty();
    }
    return Optional.of(
        () -> {
          synchronized (this) {
            claimed.remove(requestId);
          }
        });
  }

  @Override
  public synchronized boolean erasureRequested(String subjectId, Instant at) {
    return JournalRules.anyAcceptedBy(List.copyOf(requests.values()), subjectId, at);
  }
}
