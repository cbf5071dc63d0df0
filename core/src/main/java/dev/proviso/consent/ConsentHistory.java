package dev.proviso.consent;

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
   * The deciding event for {@code name} among a subject's {@code events} of every name and family:
   * opt-out events when {@code optOut}, consent events otherwise. Indexed, so scanning a list
   * allocates nothing (the in-memory ledger and the replica answer through it on the hot path).
   */
  public static ConsentEvent deciding(
      List<ConsentEvent> events, String name, boolean optOut, Instant at) {
    ConsentEvent best = null;
    for (int i = 0, n = events.size(); i < n; i++) {
      ConsentEvent e = events.get(i);
      if (e.kind().isOptOut() == optOut && e.name().equals(name) && decides(e, best, at)) {
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
    return outlives(e, best); // same instant, same family: the longer-lived grant decides
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
    if (deciding.kind() == ConsentEventKind.WITHDRAWN) {
      return ConsentState.WITHDRAWN;
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
