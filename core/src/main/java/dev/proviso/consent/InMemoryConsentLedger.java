package dev.proviso.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe in-memory {@link ConsentLedger} for tests and single-process tools; history is lost
 * with the process.
 *
 * <pre>{@code
 * ConsentLedger ledger = new InMemoryConsentLedger();
 * }</pre>
 */
public final class InMemoryConsentLedger implements ConsentLedger {
  private final Map<String, List<ConsentEvent>> bySubject = new ConcurrentHashMap<>();

  @Override
  public void append(ConsentEvent event) {
    List<ConsentEvent> events =
        bySubject.computeIfAbsent(event.subjectId(), id -> new ArrayList<>());
    synchronized (events) {
      events.add(event);
    }
  }

  @Override
  public List<ConsentEvent> history(String subjectId) {
    List<ConsentEvent> copy = new ArrayList<>(snapshot(subjectId));
    copy.sort(Comparator.comparing(ConsentEvent::at)); // stable: ties keep arrival order
    return List.copyOf(copy);
  }

  @Override
  public ConsentState consent(String subjectId, String purpose, Instant at) {
    return ConsentHistory.consentState(
        ConsentHistory.deciding(named(subjectId, purpose, false), at), at);
  }

  @Override
  public boolean optedOut(String subjectId, String name, Instant at) {
    return ConsentHistory.optedOut(ConsentHistory.deciding(named(subjectId, name, true), at));
  }

  private List<ConsentEvent> named(String subjectId, String name, boolean optOut) {
    return snapshot(subjectId).stream()
        .filter(e -> e.name().equals(name) && e.kind().isOptOut() == optOut)
        .toList();
  }

  private List<ConsentEvent> snapshot(String subjectId) {
    List<ConsentEvent> events = bySubject.get(subjectId);
    if (events == null) {
      return List.of();
    }
    synchronized (events) {
      return List.copyOf(events);
    }
  }
}
