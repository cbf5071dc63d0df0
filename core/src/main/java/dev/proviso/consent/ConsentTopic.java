package dev.proviso.consent;

/**
 * What a consent-ledger event's {@code name} names: the same text can be a purpose path and a
 * declared consent's name in different policy versions, so the ledger keys events by topic and
 * name.
 */
public enum ConsentTopic {
  /** A purpose path, for purpose-keyed {@code consent(marketing.email)}. */
  PURPOSE,
  /** A consent declared in the policy by name ({@code consent newsletter for ...}). */
  CONSENT_KIND,
  /** An opt-out name such as {@code sale_or_share} (opt-out and opt-back-in events). */
  OPT_OUT;

  /** The topic of legacy events, which named a purpose or (for opt-out kinds) an opt-out. */
  static ConsentTopic legacy(ConsentEventKind kind) {
    return kind.isOptOut() ? OPT_OUT : PURPOSE;
  }
}
