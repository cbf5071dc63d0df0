package dev.proviso.replica;

import dev.proviso.consent.ConsentStoreException;

/**
 * A {@link ConsentReplica} was asked about a subject whose replicated state is older than its
 * staleness bound (the store has been unreachable, or the feed lagging, for longer). The engine
 * fails closed with this message as the reason: allows that need consent do not match, denies do.
 *
 * <pre>{@code
 * throw new StaleConsentException(31_000, 30_000);
 * }</pre>
 */
public final class StaleConsentException extends ConsentStoreException {
  private static final long serialVersionUID = 1L;

  /** The state is {@code ageMillis} old, past the bound of {@code boundMillis}. */
  public StaleConsentException(long ageMillis, long boundMillis) {
    super(
        "consent state is stale: the local replica last caught up with the consent store "
            + ageMillis
            + " ms ago, beyond its staleness bound of "
            + boundMillis
            + " ms (the store is unreachable or lagging); decisions that need consent deny until"
            + " it catches up",
        null);
  }
}
