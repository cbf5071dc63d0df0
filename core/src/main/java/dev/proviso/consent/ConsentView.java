package dev.proviso.consent;

import dev.proviso.model.ConsentDefinition;
import java.time.Instant;

/**
 * What the decision engine asks about a subject's consent, opt-outs and erasure. Implementations
 * (the consent ledger, a cache, a remote service) may throw any runtime exception when they cannot
 * answer; the engine then fails closed: allows that needed the answer do not match, denies that
 * needed it do, and the explanation says why.
 *
 * <p>The engine asks each question at most once per decision and keeps the answer (or the failure)
 * for the rest of that decision, so an answer that changes between calls cannot make one decision
 * contradict itself. Implementations used on the hot path should not allocate.
 *
 * <pre>{@code
 * ConsentView consents = ledger.view(erasureJournal); // consent + opt-outs + erasure state
 * Decision d = policy.decide(request, consents);
 * }</pre>
 */
public interface ConsentView {

  /** A view with no consent, no opt-outs and no erasure for anyone. */
  ConsentView NONE =
      new ConsentView() {
        @Override
        public ConsentState consent(String subjectId, String purpose, Instant at) {
          return ConsentState.UNKNOWN;
        }

        @Override
        public ConsentEvent decidingConsent(
            String subjectId, ConsentDefinition consent, Instant at) {
          return null;
        }

        @Override
        public boolean optedOut(String subjectId, String name, Instant at) {
          return false;
        }

        @Override
        public boolean erasureRequested(String subjectId, Instant at) {
          return false;
        }
      };

  /** The consent state of the subject for exactly this purpose path at {@code at}. */
  ConsentState consent(String subjectId, String purpose, Instant at);

  /**
   * The ledger event that decides the subject's consent of the declared kind {@code consent} at
   * {@code at}, or null when none took effect by then: among the events about it ({@link
   * ConsentTopic#CONSENT_KIND}, its name) at or before {@code at}, the latest, restricting events
   * first at equal times; a GIVEN counts only when given by the role the declaration names, if it
   * names one ({@link ConsentHistory#counts}). The engine derives the state, validity included,
   * with {@link ConsentHistory#consentState(ConsentDefinition, ConsentEvent, Instant)}.
   *
   * <p>Views written before consent kinds do not answer: the default throws, so a condition on a
   * declared consent fails closed and the explanation says why.
   */
  default ConsentEvent decidingConsent(String subjectId, ConsentDefinition consent, Instant at) {
    throw new UnsupportedOperationException(
        "this consent view does not answer declared consents such as '" + consent.name() + "'");
  }

  /**
   * Whether the subject has opted out under {@code name} (e.g. {@code sale_or_share}) at {@code
   * at}.
   */
  boolean optedOut(String subjectId, String name, Instant at);

  /**
   * Whether an erasure request for the subject had been accepted at {@code at}; from then on the
   * subject is restricted (only retention purposes still in force are allowed).
   */
  boolean erasureRequested(String subjectId, Instant at);
}
