package dev.proviso.replica;

import dev.proviso.consent.ConsentEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One row of a {@link ReplicaSource}'s feeds, with its position: a consent-ledger event or an
 * accepted erasure request. Positions grow within a feed (a sequence or identity column) but may
 * commit out of order and may have gaps.
 *
 * <pre>{@code
 * ReplicaRecord r = new ReplicaRecord.Consent(42, ConsentEvent.given("cust-42", "marketing.email",
 *     Instant.parse("2026-11-01T09:00:00Z"), "web-form", "shop v3"));
 * }</pre>
 */
public sealed interface ReplicaRecord {

  /** The two feeds a replica follows, each with its own positions. */
  enum Feed {
    /** Consent and opt-out events of the consent ledger. */
    CONSENT,
    /** Accepted erasure requests of the erasure journal. */
    ERASURE
  }

  /** The record's position in its feed. */
  long position();

  /** Which feed the record belongs to. */
  Feed feed();

  /** The subject the record is about. */
  String subjectId();

  /** A consent-ledger event at {@code position} of the consent feed. */
  record Consent(long position, ConsentEvent event) implements ReplicaRecord {
    public Consent {
      Objects.requireNonNull(event, "event");
    }

    @Override
    public Feed feed() {
      return Feed.CONSENT;
    }

    @Override
    public String subjectId() {
      return event.subjectId();
    }

    @Override
    public String toString() {
      return "Consent[" + position + ", " + event + "]"; // the event masks the subject id
    }
  }

  /** An erasure request for the subject, accepted at {@code acceptedAt}, at {@code position}. */
  record Erasure(long position, String subjectId, Instant acceptedAt) implements ReplicaRecord {
    public Erasure {
      Objects.requireNonNull(subjectId, "subjectId");
      acceptedAt = Objects.requireNonNull(acceptedAt, "acceptedAt").truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public Feed feed() {
      return Feed.ERASURE;
    }

    @Override
    public String toString() {
      // The subject id is personal data: never in a string the library produces.
      return "Erasure[" + position + ", subject=***, accepted " + acceptedAt + "]";
    }
  }
}
