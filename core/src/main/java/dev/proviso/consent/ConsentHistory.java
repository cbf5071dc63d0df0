package dev.proviso.consent;

import dev.proviso.model.ConsentDefinition;
import dev.proviso.model.PolicyDuration;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The one derivation of current state from history, shared by every ledger so they cannot disagree:
 * the event with the latest event time at or before {@code at} decides, whatever the arrival order;
 * at equal times the restricting event (withdrawal, opt-out) wins. Public for the ledgers in other
 * modules (proviso-jdbc); application code has no use for it.
 */
public final class ConsentHistory {
  private ConsentHistory() {}

  /**
   * The deciding event among {@code events} (all for one subject and name, of one family) at {@code
   * at}, or null when none took effect by then.
   */
  public static ConsentEvent deciding(Collection<ConsentEvent> events, Instant at) {
    ConsentEvent best = null;
    for (ConsentEvent e : events) {
      best = decides(e, best, at) ? e : best;
    }
    return best;
  }

  /**
   * The deciding event for {@code name} among a subject's {@code events} of every name and topic,
   * counting only events about {@code topic} (a purpose, an opt-out or a declared consent's name).
   * Indexed, so scanning a list allocates nothing (the in-memory ledger and the replica answer
   * through it on the hot path).
   */
  public static ConsentEvent deciding(
      List<ConsentEvent> events, String name, ConsentTopic topic, Instant at) {
    ConsentEvent best = null;
    for (int i = 0, n = events.size(); i < n; i++) {
      ConsentEvent e = events.get(i);
      if (e.topic() == topic && e.name().equals(name) && decides(e, best, at)) {
        best = e;
      }
    }
    return best;
  }

  /** Whether {@code e} (in effect by {@code at}) replaces {@code best} as the deciding event. */
  public static boolean decides(ConsentEvent e, ConsentEvent best, Instant at) {
    if (e.at().isAfter(at)) {
      return false;
    }
    if (best == null) {
      return true;
    }
    int byTime = e.at().compareTo(best.at());
    if (byTime != 0) {
      return byTime > 0;
    }
    if (e.kind().restricts() != best.kind().restricts()) {
      return e.kind().restricts();
    }
    if (e.kind() != best.kind()) {
      return strength(e.kind()) > strength(best.kind()); // objection > withdrawal > refusal
    }
    return outlives(e, best); // same instant, same kind: the longer-lived grant decides
  }

  /** Among restricting events at one instant, the strongest decides, whatever the arrival order. */
  private static int strength(ConsentEventKind kind) {
    return switch (kind) {
      case OBJECTED -> 3;
      case WITHDRAWN -> 2;
      case REFUSED -> 1;
      default -> 0;
    };
  }

  /**
   * Whether {@code e} is one of the events that can decide the declared consent {@code consent}:
   * about it (topic and name), of a consent kind, and, for a GIVEN, given by the role the
   * declaration names if it names one. A restricting event counts whoever recorded it.
   */
  public static boolean counts(ConsentEvent e, ConsentDefinition consent) {
    if (e.topic() != ConsentTopic.CONSENT_KIND || !e.name().equals(consent.name())) {
      return false;
    }
    if (e.kind() == ConsentEventKind.GIVEN && consent.givenBy().isPresent()) {
      return e.givenBy().equals(consent.givenBy());
    }
    return true;
  }

  /** The deciding event of the declared consent among {@code events} at {@code at}, or null. */
  public static ConsentEvent deciding(
      Collection<ConsentEvent> events, ConsentDefinition consent, Instant at) {
    ConsentEvent best = null;
    for (ConsentEvent e : events) {
      best = counts(e, consent) && decides(e, best, at) ? e : best;
    }
    return best;
  }

  /**
   * The state of the declared consent {@code consent} that its deciding event gives at {@code at}:
   * as {@link #consentState(ConsentEvent, Instant)}, and a GIVEN whose age at {@code at} reaches
   * the declared validity is EXPIRED. Allocates nothing for exact validities (seconds to weeks).
   */
  public static ConsentState consentState(
      ConsentDefinition consent, ConsentEvent deciding, Instant at) {
    ConsentState state = consentState(deciding, at);
    if (state == ConsentState.GIVEN && consent.validity().isPresent()) {
      PolicyDuration validity = consent.validity().get();
      if (validity.isExact()) { // without allocating: the age in seconds and nanos
        long seconds = at.getEpochSecond() - deciding.at().getEpochSecond();
        int nanos = at.getNano() - deciding.at().getNano();
        long valid = validity.approximateSeconds();
        boolean lapsed = seconds > valid || (seconds == valid && nanos >= 0);
        return lapsed ? ConsentState.EXPIRED : ConsentState.GIVEN;
      }
      Instant lapses;
      try {
        lapses = consent.validity().get().addTo(deciding.at());
      } catch (DateTimeException | ArithmeticException e) {
        return ConsentState.GIVEN; // beyond the calendar: never lapses within it
      }
      return lapses.isAfter(at) ? ConsentState.GIVEN : ConsentState.EXPIRED;
    }
    return state;
  }

  /** Whether {@code a} expires later than {@code b}; no expiry is forever. */
  private static boolean outlives(ConsentEvent a, ConsentEvent b) {
    return b.expires().isPresent()
        && (a.expires().isEmpty() || a.expires().get().isAfter(b.expires().get()));
  }

  /** The consent state a deciding event gives at {@code at}. */
  public static ConsentState consentState(ConsentEvent deciding, Instant at) {
    if (deciding == null) {
      return ConsentState.UNKNOWN;
    }
    switch (deciding.kind()) {
      case WITHDRAWN:
        return ConsentState.WITHDRAWN;
      case REFUSED:
        return ConsentState.REFUSED;
      case OBJECTED:
        return ConsentState.OBJECTED;
      default:
        break;
    }
    // no lambda: replicas answer from memory on the hot path, which must not allocate
    boolean expired = deciding.expires().isPresent() && !deciding.expires().get().isAfter(at);
    return expired ? ConsentState.EXPIRED : ConsentState.GIVEN;
  }

  /** Whether a deciding opt-out event leaves the subject opted out. */
  public static boolean optedOut(ConsentEvent deciding) {
    return deciding != null && deciding.kind() == ConsentEventKind.OPTED_OUT;
  }
}
