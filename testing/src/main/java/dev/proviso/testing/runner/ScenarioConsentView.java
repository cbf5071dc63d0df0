package dev.proviso.testing.runner;

import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.consent.InMemoryConsentLedger;
import dev.proviso.model.ConsentDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory, immutable {@link ConsentView} for one subject, built from consent, opt-out and
 * erasure events the way a policy {@code test} block states them. It follows the consent ledger's
 * rules: the state at instant {@code t} is set by the event with the latest time at or before
 * {@code t}, whatever the order the events were given in; at equal times a restricting event beats
 * a grant (an objection beats a withdrawal beats a refusal); a grant past its expiry is {@link
 * ConsentState#EXPIRED}. Consents declared in the policy are answered too ({@link #declared}), with
 * the policy's validity and giver applied by the engine. Other subjects have no consent.
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
  private static final String SOURCE = "policy test";

  private final String subjectId;
  private final List<ConsentEvent> events;
  private final List<Instant> erasures;
  private final InMemoryConsentLedger ledger = new InMemoryConsentLedger();

  private ScenarioConsentView(String subjectId, List<ConsentEvent> events, List<Instant> erasures) {
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.events = List.copyOf(events);
    this.erasures = List.copyOf(erasures);
    this.events.forEach(ledger::append);
  }

  /** A view in which the subject has given nothing, opted out of nothing and erased nothing. */
  public static ScenarioConsentView forSubject(String subjectId) {
    return new ScenarioConsentView(subjectId, List.of(), List.of());
  }

  public String subjectId() {
    return subjectId;
  }

  /** This view plus consent for {@code purpose} given at {@code at}, without expiry. */
  public ScenarioConsentView consent(String purpose, Instant at) {
    return with(event(ConsentEventKind.GIVEN, purpose, at));
  }

  /** This view plus consent for {@code purpose} given at {@code at}, expiring at {@code until}. */
  public ScenarioConsentView consent(String purpose, Instant at, Instant until) {
    return with(event(ConsentEventKind.GIVEN, purpose, at).expiringAt(until));
  }

  /** This view plus a withdrawal of consent for {@code purpose} at {@code at}. */
  public ScenarioConsentView withdrawn(String purpose, Instant at) {
    return with(event(ConsentEventKind.WITHDRAWN, purpose, at));
  }

  /** This view plus a refusal of consent for {@code purpose} at {@code at}: asked and declined. */
  public ScenarioConsentView refused(String purpose, Instant at) {
    return with(event(ConsentEventKind.REFUSED, purpose, at));
  }

  /** This view plus an objection (GDPR Art. 21) to processing for {@code purpose} at {@code at}. */
  public ScenarioConsentView objected(String purpose, Instant at) {
    return with(event(ConsentEventKind.OBJECTED, purpose, at));
  }

  /**
   * This view plus an event of {@code kind} (GIVEN, WITHDRAWN, REFUSED, OBJECTED) for {@code
   * purpose} at {@code at}.
   */
  public ScenarioConsentView purpose(ConsentEventKind kind, String purpose, Instant at) {
    return with(event(kind, purpose, at));
  }

  /**
   * This view plus an event of {@code kind} (GIVEN, WITHDRAWN, REFUSED, OBJECTED) for the consent
   * declared in the policy as {@code consent}, given by {@code givenBy} (a role such as {@code
   * guardian}) when not by the subject:
   *
   * <pre>{@code
   * ConsentView view = ScenarioConsentView.forSubject("c-1")
   *     .declared(ConsentEventKind.GIVEN, "parental_marketing", at, Optional.of("guardian"));
   * }</pre>
   */
  public ScenarioConsentView declared(
      ConsentEventKind kind, String consent, Instant at, Optional<String> givenBy) {
    ConsentEvent event = ConsentEvent.forConsent(subjectId, kind, consent, at, SOURCE, "");
    return with(givenBy.map(event::givenBy).orElse(event));
  }

  /** This view plus an opt-out under {@code name} (e.g. {@code sale_or_share}) at {@code at}. */
  public ScenarioConsentView optedOut(String name, Instant at) {
    return with(event(ConsentEventKind.OPTED_OUT, name, at));
  }

  /** This view plus an opt-in (the end of an opt-out) under {@code name} at {@code at}. */
  public ScenarioConsentView optedIn(String name, Instant at) {
    return with(event(ConsentEventKind.OPTED_BACK_IN, name, at));
  }

  /** This view plus an accepted erasure request at {@code at}. */
  public ScenarioConsentView erasure(Instant at) {
    List<Instant> more = new ArrayList<>(erasures);
    more.add(Objects.requireNonNull(at, "at"));
    return new ScenarioConsentView(subjectId, events, more);
  }

  /** The consent and opt-out events given so far, as a ledger would hold them. */
  public List<ConsentEvent> events() {
    return events;
  }

  @Override
  public ConsentState consent(String subjectId, String purpose, Instant at) {
    return ledger.consent(subjectId, purpose, at);
  }

  @Override
  public ConsentEvent decidingConsent(String subjectId, ConsentDefinition consent, Instant at) {
    return ledger.decidingConsent(subjectId, consent, at);
  }

  @Override
  public boolean optedOut(String subjectId, String name, Instant at) {
    return ledger.optedOut(subjectId, name, at);
  }

  @Override
  public boolean erasureRequested(String subjectId, Instant at) {
    return this.subjectId.equals(subjectId) && erasures.stream().anyMatch(e -> !e.isAfter(at));
  }

  private ConsentEvent event(ConsentEventKind kind, String name, Instant at) {
    return ConsentEvent.of(subjectId, kind, name, at, SOURCE, "");
  }

  private ScenarioConsentView with(ConsentEvent event) {
    List<ConsentEvent> more = new ArrayList<>(events);
    more.add(event);
    return new ScenarioConsentView(subjectId, more, erasures);
  }

  @Override
  public String toString() {
    // the scenario subject's id is shown masked, like every subject id the library prints
    return "ScenarioConsentView[subject=***, "
        + events.size()
        + " events, erasures="
        + erasures
        + "]";
  }
}
