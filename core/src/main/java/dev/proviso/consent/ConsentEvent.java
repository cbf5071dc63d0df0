package dev.proviso.consent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One append-only consent-ledger entry, kept as proof of consent: who, what, when it took effect,
 * where it came from, until when, which policy version the subject was shown, and when it was
 * recorded.
 *
 * <p>Instants are truncated to microseconds, the precision every supported store keeps, so an
 * in-memory and a JDBC ledger derive the same state from the same events.
 *
 * <pre>{@code
 * ledger.append(ConsentEvent.given("cust-42", "marketing.email", at, "web-form", "acme-shop v3"));
 * // a consent declared in the policy ("consent parental_marketing for marketing given by guardian")
 * ledger.append(
 *     ConsentEvent.forConsent("cust-7", ConsentEventKind.GIVEN, "parental_marketing", at, "form",
 *             "acme-shop v3")
 *         .givenBy("guardian"));
 * }</pre>
 *
 * @param name what the event is about, per {@code topic}: a purpose path, a declared consent's
 *     name, or an opt-out name
 * @param at when the event took effect (the event time that orders history)
 * @param source where it came from, e.g. {@code web-form}, {@code email-link}, {@code support}
 * @param expires when a grant lapses; only meaningful for {@link ConsentEventKind#GIVEN}
 * @param policyVersion the policy version in force and shown to the subject, e.g. {@code acme-shop
 *     v3}
 * @param recordedAt when the ledger received the event (arrival time; may be after {@code at}):
 *     every ledger stamps it from its own {@link java.time.Clock} on append; until then the
 *     factories set it to {@code at}
 * @param topic what {@code name} names; opt-out kinds go with {@link ConsentTopic#OPT_OUT} and no
 *     other kind does
 * @param givenBy who gave or recorded it when not the subject, as a role such as {@code guardian}
 *     (never an identity: the ledger keeps no one else's personal data); a declared consent with
 *     {@code given by guardian} counts only GIVEN events recorded with that role
 */
public record ConsentEvent(
    String subjectId,
    ConsentEventKind kind,
    String name,
    Instant at,
    String source,
    Optional<Instant> expires,
    String policyVersion,
    Instant recordedAt,
    ConsentTopic topic,
    Optional<String> givenBy) {

  public ConsentEvent {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(source, "source");
    expires = Objects.requireNonNull(expires, "expires").map(e -> e.truncatedTo(ChronoUnit.MICROS));
    Objects.requireNonNull(policyVersion, "policyVersion");
    recordedAt = Objects.requireNonNull(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MICROS);
    if (subjectId.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException(
          "a consent event needs a subject id and a purpose or opt-out name; got subject '"
              + subjectId
              + "', name '"
              + name
              + "'");
    }
    if (expires.isPresent() && kind != ConsentEventKind.GIVEN) {
      throw new IllegalArgumentException(
          "only a GIVEN consent can expire; " + kind + " for '" + name + "' has an expiry");
    }
    Objects.requireNonNull(topic, "topic");
    if (kind.isOptOut() != (topic == ConsentTopic.OPT_OUT)) {
      throw new IllegalArgumentException(
          "a " + kind + " event cannot be about a " + topic + " ('" + name + "')");
    }
    Objects.requireNonNull(givenBy, "givenBy");
    if (givenBy.isPresent() && givenBy.get().isBlank()) {
      throw new IllegalArgumentException("givenBy names a role such as 'guardian'; got a blank");
    }
  }

  /**
   * An event as recorded before consent kinds: about a purpose (or, for opt-out kinds, an opt-out),
   * given by the subject.
   */
  public ConsentEvent(
      String subjectId,
      ConsentEventKind kind,
      String name,
      Instant at,
      String source,
      Optional<Instant> expires,
      String policyVersion,
      Instant recordedAt) {
    this(
        subjectId,
        kind,
        name,
        at,
        source,
        expires,
        policyVersion,
        recordedAt,
        ConsentTopic.legacy(Objects.requireNonNull(kind, "kind")),
        Optional.empty());
  }

  /** Consent given at {@code at}, without expiry; the ledger stamps when it was recorded. */
  public static ConsentEvent given(
      String subjectId, String purpose, Instant at, String source, String policyVersion) {
    return of(subjectId, ConsentEventKind.GIVEN, purpose, at, source, policyVersion);
  }

  /** Consent withdrawn at {@code at}; the ledger stamps when it was recorded. */
  public static ConsentEvent withdrawn(
      String subjectId, String purpose, Instant at, String source, String policyVersion) {
    return of(subjectId, ConsentEventKind.WITHDRAWN, purpose, at, source, policyVersion);
  }

  /** An event of any kind at {@code at}, without expiry; the ledger stamps when it was recorded. */
  public static ConsentEvent of(
      String subjectId,
      ConsentEventKind kind,
      String name,
      Instant at,
      String source,
      String policyVersion) {
    return new ConsentEvent(subjectId, kind, name, at, source, Optional.empty(), policyVersion, at);
  }

  /**
   * An event of any consent kind (GIVEN, WITHDRAWN, REFUSED, OBJECTED) for the consent declared in
   * the policy as {@code consent}, e.g. {@code newsletter}; the ledger stamps when it was recorded.
   */
  public static ConsentEvent forConsent(
      String subjectId,
      ConsentEventKind kind,
      String consent,
      Instant at,
      String source,
      String policyVersion) {
    return new ConsentEvent(
        subjectId,
        kind,
        consent,
        at,
        source,
        Optional.empty(),
        policyVersion,
        at,
        ConsentTopic.CONSENT_KIND,
        Optional.empty());
  }

  /** This event as received by a ledger at {@code recordedAt} (ledgers call it on append). */
  public ConsentEvent receivedAt(Instant recordedAt) {
    return new ConsentEvent(
        subjectId, kind, name, at, source, expires, policyVersion, recordedAt, topic, givenBy);
  }

  /** This grant with an expiry: from {@code expires} on it reads {@link ConsentState#EXPIRED}. */
  public ConsentEvent expiringAt(Instant expires) {
    return new ConsentEvent(
        subjectId,
        kind,
        name,
        at,
        source,
        Optional.of(expires),
        policyVersion,
        recordedAt,
        topic,
        givenBy);
  }

  /** This event as given (or recorded) by {@code role} instead of the subject, e.g. a guardian. */
  public ConsentEvent givenBy(String role) {
    return new ConsentEvent(
        subjectId,
        kind,
        name,
        at,
        source,
        expires,
        policyVersion,
        recordedAt,
        topic,
        Optional.of(role));
  }

  @Override
  public String toString() {
    // The subject id is personal data: never in a string the library produces.
    return "ConsentEvent[subject=***, "
        + kind
        + (topic == ConsentTopic.CONSENT_KIND ? " consent " : " ")
        + name
        + givenBy.map(g -> " given by " + g).orElse("")
        + " at "
        + at
        + ", source="
        + source
        + expires.map(e -> ", expires " + e).orElse("")
        + ", policy "
        + policyVersion
        + "]";
  }
}
