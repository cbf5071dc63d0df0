package dev.proviso.testing.runner;

import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory, immutable {@link ConsentView} for one subject, built from consent, opt-out and
 * erasure events the way a policy {@code test} block states them. It follows the consent ledger's
 * rules: the state at instant {@code t} is set by the event with the latest time at or before
 * {@code t}, whatever the order the events were given in; at equal times a withdrawal beats a
 * grant; a grant past its expiry is {@link ConsentState#EXPIRED}. Other subjects have no consent.
 *
 * <pre>{@code
 * ConsentView view = ScenarioConsentView.forSubject("cust-42")
 *     .consent("marketing.email", Instant.parse("2026-01-01T00:00:00Z"))
 *     .withdrawn("marketing.email", Instant.parse("2026-03-01T00:00:00Z"))
 *     .optedOut("sale_or_share", Instant.parse("2026-02-01T00:00:00Z"));
 * policy.decide(request, view);
 * }</pre>
 */
public final class ScenarioConsentView implements ConsentView {

  /** One consent or opt-out event: {@code on} means granted / opted out. */
  private record Event(String name, boolean on, Instant at, Optional<Instant> expires) {}

  private final String subjectId;
  private final List<Event> consents;
  private final List<Event> optOuts;
  private final List<Instant> erasures;

  private ScenarioConsentView(
      String subjectId, List<Event> consents, List<Event> optOuts, List<Instant> erasures) {
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.consents = List.copyOf(consents);
    this.optOuts = List.copyOf(optOuts);
    this.erasures = List.copyOf(erasures);
  }

  /** A view in which the subject has given nothing, opted out of nothing and erased nothing. */
  public static ScenarioConsentView forSubject(String subjectId) {
    return new ScenarioConsentView(subjectId, List.of(), List.of(), List.of());
  }

  public String subjectId() {
    return subjectId;
  }

  /** This view plus consent for {@code purpose} given at {@code at}, without expiry. */
  public ScenarioConsentView consent(String purpose, Instant at) {
    return withConsent(new Event(purpose, true, at, Optional.empty()));
  }

  /** This view plus consent for {@code purpose} given at {@code at}, expiring at {@code until}. */
  public ScenarioConsentView consent(String purpose, Instant at, Instant until) {
    return withConsent(new Event(purpose, true, at, Optional.of(until)));
  }

  /** This view plus a withdrawal of consent for {@code purpose} at {@code at}. */
  public ScenarioConsentView withdrawn(String purpose, Instant at) {
    return withConsent(new Event(purpose, false, at, Optional.empty()));
  }

  /** This view plus an opt-out under {@code name} (e.g. {@code sale_or_share}) at {@code at}. */
  public ScenarioConsentView optedOut(String name, Instant at) {
    return withOptOut(new Event(name, true, at, Optional.empty()));
  }

  /** This view plus an opt-in (the end of an opt-out) under {@code name} at {@code at}. */
  public ScenarioConsentView optedIn(String name, Instant at) {
    return withOptOut(new Event(name, false, at, Optional.empty()));
  }

  /** This view plus an accepted erasure request at {@code at}. */
  public ScenarioConsentView erasure(Instant at) {
    List<Instant> more = new ArrayList<>(erasures);
    more.add(Objects.requireNonNull(at, "at"));
    return new ScenarioConsentView(subjectId, consents, optOuts, more);
  }

  /** A copy of this view for another subject id, with the same events. */
  public ScenarioConsentView forSubjectId(String otherSubjectId) {
    return new ScenarioConsentView(otherSubjectId, consents, optOuts, erasures);
  }

  @Override
  public ConsentState consent(String subjectId, String purpose, Instant at) {
    Optional<Event> latest = latest(subjectId, consents, purpose, at);
    if (latest.isEmpty()) {
      return ConsentState.UNKNOWN;
    }
    Event event = latest.get();
    if (!event.on()) {
      return ConsentState.WITHDRAWN;
    }
    return event.expires().filter(expiry -> !expiry.isAfter(at)).isPresent()
        ? ConsentState.EXPIRED
        : ConsentState.GIVEN;
  }

  @Override
  public boolean optedOut(String subjectId, String name, Instant at) {
    return latest(subjectId, optOuts, name, at).map(Event::on).orElse(false);
  }

  @Override
  public boolean erasureRequested(String subjectId, Instant at) {
    return this.subjectId.equals(subjectId) && erasures.stream().anyMatch(e -> !e.isAfter(at));
  }

  /** The event deciding the state at {@code at}: latest time ≤ at; at a tie, the "off" event. */
  private Optional<Event> latest(String subject, List<Event> events, String name, Instant at) {
    if (!subjectId.equals(subject)) {
      return Optional.empty();
    }
    Event best = null;
    for (Event event : events) {
      if (!event.name().equals(name) || event.at().isAfter(at)) {
        continue;
      }
      if (best == null
          || event.at().isAfter(best.at())
          || (event.at().equals(best.at()) && best.on() && !event.on())) {
        best = event;
      }
    }
    return Optional.ofNullable(best);
  }

  private ScenarioConsentView withConsent(Event event) {
    List<Event> more = new ArrayList<>(consents);
    more.add(checked(event));
    return new ScenarioConsentView(subjectId, more, optOuts, erasures);
  }

  private ScenarioConsentView withOptOut(Event event) {
    List<Event> more = new ArrayList<>(optOuts);
    more.add(checked(event));
    return new ScenarioConsentView(subjectId, consents, more, erasures);
  }

  private static Event checked(Event event) {
    Objects.requireNonNull(event.name(), "name");
    Objects.requireNonNull(event.at(), "at");
    return event;
  }

  @Override
  public String toString() {
    return "ScenarioConsentView["
        + subjectId
        + ", consents="
        + consents
        + ", optOuts="
        + optOuts
        + ", erasures="
        + erasures
        + "]";
  }
}
