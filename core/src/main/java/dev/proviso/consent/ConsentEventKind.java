package dev.proviso.consent;

/**
 * What a consent-ledger event records. Consent events name a purpose or a declared consent (see
 * {@link ConsentTopic}); opt-outs name an opt-out.
 */
public enum ConsentEventKind {
  /** Consent given for a purpose. */
  GIVEN,
  /** Consent withdrawn for a purpose; beats a {@link #GIVEN} at the same instant. */
  WITHDRAWN,
  /** Asked and declined; beats a {@link #GIVEN} at the same instant. */
  REFUSED,
  /**
   * An objection (GDPR Art. 21): the subject objects to the use; beats every other consent event at
   * the same instant.
   */
  OBJECTED,
  /** Opted out under a name such as {@code sale_or_share}; beats an opt-in at the same instant. */
  OPTED_OUT,
  /** Opted back in under that name. */
  OPTED_BACK_IN;

  /** True for opt-out and opt-back-in events, which name an opt-out rather than a purpose. */
  public boolean isOptOut() {
    return this == OPTED_OUT || this == OPTED_BACK_IN;
  }

  /** True for the restricting kind of each pair, which wins ties at equal event times. */
  boolean restricts() {
    return this != GIVEN && this != OPTED_BACK_IN;
  }
}
