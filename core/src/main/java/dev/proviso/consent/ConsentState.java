package dev.proviso.consent;

/**
 * A subject's consent for one purpose, or of one declared kind, at one instant, derived from the
 * deciding ledger event. Only {@link #GIVEN} grants.
 */
public enum ConsentState {
  /** Given and in force (not withdrawn, not past its expiry or the policy's validity). */
  GIVEN,
  /** Given once, then withdrawn. */
  WITHDRAWN,
  /** Given, but past the event's expiry or the declared consent's {@code valid} period. */
  EXPIRED,
  /** Never recorded (nothing took effect by the instant). */
  UNKNOWN,
  /** Asked and declined: the subject said no (a recorded refusal, unlike UNKNOWN). */
  REFUSED,
  /** The subject objected (GDPR Art. 21); stronger than a withdrawal. */
  OBJECTED
}
