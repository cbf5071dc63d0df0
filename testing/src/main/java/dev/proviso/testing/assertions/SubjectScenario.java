package dev.proviso.testing.assertions;

import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.ConsentView;
import dev.proviso.testing.runner.ScenarioConsentView;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A subject's situation to ask a policy about: consent, opt-outs, erasure, context, events and the
 * instant of the use. Immutable: every {@code with...} returns a new scenario, so one can be shared
 * by several questions. Without {@link #at(Instant)} the use happens at the latest instant a step
 * named ({@code withConsent(p, t)}, {@code withEvent}, {@code withWithdrawnConsent}, {@code
 * withErasureRequested}), else at the instant of the policy's {@link Policy#clock() clock}: the
 * same default as a policy's {@code test} blocks.
 *
 * <pre>{@code
 * SubjectScenario eu = assertThat(policy).forSubject(alice);
 * eu.denies("contact.email").forPurpose("marketing.email");
 * eu.withConsent("marketing.email", jan1).at(feb1)
 *     .allows("contact.email").forPurpose("marketing.email");
 * }</pre>
 */
public final class SubjectScenario {
  private final Policy policy;
  private final Subject subject;
  private final String description;
  private final ConsentView consents;
  private final Instant at;
  private final Map<String, Object> context;
  private final Map<String, Instant> events;
  private final Instant latest; // the latest instant a with... step named; null: none

  SubjectScenario(Policy policy, Subject subject, String description) {
    this(
        policy,
        Objects.requireNonNull(subject, "subject"),
        description,
        ScenarioConsentView.forSubject(subject.id()),
        null,
        Map.of(),
        Map.of(),
        null);
  }

  private SubjectScenario(
      Policy policy,
      Subject subject,
      String description,
      ConsentView consents,
      Instant at,
      Map<String, Object> context,
      Map<String, Instant> events,
      Instant latest) {
    this.policy = policy;
    this.latest = latest;
    this.subject = subject;
    this.description = description;
    this.consents = consents;
    this.at = at;
    this.context = context;
    this.events = events;
  }

  /** The use happens at this instant. */
  public SubjectScenario at(Instant instant) {
    return new SubjectScenario(
        policy,
        subject,
        description,
        consents,
        Objects.requireNonNull(instant),
        context,
        events,
        latest);
  }

  /** The subject gave consent for {@code purpose} at {@code since} (with no expiry). */
  public SubjectScenario withConsent(String purpose, Instant since) {
    return withLedger(ledger().consent(purpose, since)).named(since);
  }

  /**
   * The subject gave consent for {@code purpose} at the epoch, long before any use (an instant
   * nobody named: it does not move the scenario's clock).
   */
  public SubjectScenario withConsent(String purpose) {
    return withLedger(ledger().consent(purpose, Instant.EPOCH));
  }

  /** The subject withdrew consent for {@code purpose} at {@code at}. */
  public SubjectScenario withWithdrawnConsent(String purpose, Instant at) {
    return withLedger(ledger().withdrawn(purpose, at)).named(at);
  }

  /** The subject refused consent for {@code purpose} at {@code at}: asked and declined. */
  public SubjectScenario withRefusedConsent(String purpose, Instant at) {
    return withLedger(ledger().refused(purpose, at));
  }

  /** The subject objected (GDPR Art. 21) to processing for {@code purpose} at {@code at}. */
  public SubjectScenario withObjection(String purpose, Instant at) {
    return withLedger(ledger().objected(purpose, at));
  }

  /**
   * An event of {@code kind} for the consent declared in the policy as {@code consent}, by the
   * subject, e.g. {@code withDeclaredConsent(ConsentEventKind.WITHDRAWN, "newsletter", at)}.
   */
  public SubjectScenario withDeclaredConsent(ConsentEventKind kind, String consent, Instant at) {
    return withLedger(ledger().declared(kind, consent, at, Optional.empty()));
  }

  /** The declared consent {@code consent} given at {@code at} by {@code role} (e.g. guardian). */
  public SubjectScenario withDeclaredConsentGivenBy(String consent, String role, Instant at) {
    return withLedger(ledger().declared(ConsentEventKind.GIVEN, consent, at, Optional.of(role)));
  }

  /** The subject opted out under {@code name} (e.g. {@code sale_or_share}) at the epoch. */
  public SubjectScenario optedOut(String name) {
    return withLedger(ledger().optedOut(name, Instant.EPOCH));
  }

  /** The subject asked to be forgotten at {@code at}. */
  public SubjectScenario withErasureRequested(Instant at) {
    return withLedger(ledger().erasure(at)).named(at);
  }

  /** Ask this consent view (e.g. a real ledger) instead of the scenario's own events. */
  public SubjectScenario withConsents(ConsentView view) {
    return new SubjectScenario(
        policy, subject, description, Objects.requireNonNull(view), at, context, events, latest);
  }

  /** A context attribute of the request, e.g. {@code withContext("offer", "10% off")}. */
  public SubjectScenario withContext(String attribute, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(context);
    more.put(attribute, value);
    return new SubjectScenario(policy, subject, description, consents, at, more, events, latest);
  }

  /** When an event happened, e.g. {@code withEvent("cart_abandoned", yesterday)}. */
  public SubjectScenario withEvent(String name, Instant when) {
    Map<String, Instant> more = new LinkedHashMap<>(events);
    more.put(name, when);
    return new SubjectScenario(policy, subject, description, consents, at, context, more, latest)
        .named(when);
  }

  /** This scenario with {@code instant} counted among the instants its steps named. */
  private SubjectScenario named(Instant instant) {
    Instant later = latest == null || instant.isAfter(latest) ? instant : latest;
    return new SubjectScenario(policy, subject, description, consents, at, context, events, later);
  }

  /** Expects these categories to be allowed; name the purpose next. */
  public UseQuestion allows(String... categories) {
    return new UseQuestion(this, true, List.of(categories));
  }

  /** Expects these categories to be denied; name the purpose next. */
  public UseQuestion denies(String... categories) {
    return new UseQuestion(this, false, List.of(categories));
  }

  Policy policy() {
    return policy;
  }

  Subject subject() {
    return subject;
  }

  String description() {
    return description;
  }

  ConsentView consents() {
    return consents;
  }

  Request request(List<String> categories, String purpose) {
    Request.Builder builder = Request.builder(subject, policy.purpose(purpose));
    categories.forEach(path -> builder.category(policy.category(path)));
    builder.at(at != null ? at : latest != null ? latest : policy.clock().instant());
    context.forEach(builder::context);
    events.forEach(builder::event);
    return builder.build();
  }

  private ScenarioConsentView ledger() {
    if (consents instanceof ScenarioConsentView view) {
      return view;
    }
    throw new IllegalStateException(
        "this scenario asks a consent view given with withConsents(...); record consent there");
  }

  private SubjectScenario withLedger(ScenarioConsentView view) {
    return new SubjectScenario(policy, subject, description, view, at, context, events, latest);
  }
}
