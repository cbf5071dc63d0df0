package dev.proviso.consent;

import dev.proviso.model.ConsentDefinition;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
  private final Clock clock;

  /** A ledger stamping arrival times from the UTC system clock. */
  public InMemoryConsentLedger() {
    this(Clock.systemUTC());
  }

  /** A ledger stamping each event's {@code recordedAt} from {@code clock}. */
  public InMemoryConsentLedger(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void append(ConsentEvent event) {
    List<ConsentEvent> events =
        bySubject.computeIfAbsent(event.subjectId(), id -> new ArrayList<>());
    synchronized (events) {
      events.add(event.receivedAt(clock.instant()));
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
    return ConsentHistory.consentState(deciding(subjectId, purpose, ConsentTopic.PURPOSE, at), at);
  }

  @Override
  public ConsentEvent decidingConsent(String subjectId, ConsentDefinition consent, Instant at) {
    List<ConsentEvent> events = bySubject.get(subjectId);
    if (events == null) {
      return null;
    }
    synchronized (events) {
      return ConsentHistory.deciding(events, consent, at);
    }
  }

  @Override
  public boolean optedOut(String subjectId, String name, Instant at) {
    return ConsentHistory.optedOut(deciding(subjectId, name, ConsentTopic.OPT_OUT, at));
  }

  /** Scans the subject's events under its lock, without copying. */
  private ConsentEvent deciding(String subjectId, String name, ConsentTopic topic, Instant at) {
    List<ConsentEvent> events = bySubject.get(subjectId);
    if (events == null) {
      return null;
    }
    synchronized (events) {
      return ConsentHistory.deciding(events, name, topic, at);
    }
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
