package dev.proviso.consent;

import dev.proviso.model.ConsentDefinition;
import java.time.Instant;
import java.util.List;

/**
 * An append-only ledger of consent and opt-out events. Current state is derived from history
 * (latest event time at or before the instant wins, whatever the arrival order; at equal times a
 * withdrawal beats a grant); the full history stays queryable as proof of consent.
 *
 * <pre>{@code
 * ConsentLedger ledger = JdbcConsentLedger.create(dataSource); // proviso-jdbc
 * ledger.append(ConsentEvent.given("cust-42", "marketing.email", at, "web-form", "acme-shop v3"));
 * ConsentState s = ledger.consent("cust-42", "marketing.email", Instant.now()); // GIVEN
 * Decision d = policy.decide(request, ledger.view(erasureJournal));
 * }</pre>
 *
 * <p>Implementations are thread-safe and lose no event under concurrent writers. Query methods
 * throw {@link ConsentStoreException} when the store cannot answer.
 */
public interface ConsentLedger {

  /**
   * Records one event durably, stamping its {@code recordedAt} from the ledger's clock; never
   * overwrites or removes earlier events.
   */
  void append(ConsentEvent event);

  /** Every event for the subject, in event-time order (ties: arrival order). */
  List<ConsentEvent> history(String subjectId);

  /** The consent state for exactly this purpose path at {@code at}. */
  ConsentState consent(String subjectId, String purpose, Instant at);

  /** Whether the subject was opted out under {@code name} at {@code at}. */
  boolean optedOut(String subjectId, String name, Instant at);

  /**
   * The event that decides the subject's declared consent at {@code at}, or null (see {@link
   * ConsentView#decidingConsent}). Ledgers written before consent kinds do not answer: the default
   * throws, and conditions on declared consents fail closed.
   */
  default ConsentEvent decidingConsent(String subjectId, ConsentDefinition consent, Instant at) {
    throw new UnsupportedOperationException(
        "this consent ledger does not record declared consents such as '" + consent.name() + "'");
  }

  /**
   * The state of the subject's declared consent at {@code at}, the policy's validity included.
   *
   * <pre>{@code
   * ConsentDefinition newsletter = policy.model().consent("newsletter").orElseThrow();
   * ConsentState s = ledger.consent("cust-42", newsletter, at);
   * }</pre>
   */
  default ConsentState consent(String subjectId, ConsentDefinition consent, Instant at) {
    return ConsentHistory.consentState(consent, decidingConsent(subjectId, consent, at), at);
  }

  /**
   * This ledger as the engine's {@link ConsentView}, with erasure requests answered by {@code
   * erasures} (usually the erasure journal).
   */
  default ConsentView view(ErasureRequests erasures) {
    ConsentLedger ledger = this;
    return new ConsentView() {
      @Override
      public ConsentState consent(String subjectId, String purpose, Instant at) {
        return ledger.consent(subjectId, purpose, at);
      }

      @Override
      public ConsentEvent decidingConsent(String subjectId, ConsentDefinition consent, Instant at) {
        return ledger.decidingConsent(subjectId, consent, at);
      }

      @Override
      public boolean optedOut(String subjectId, String name, Instant at) {
        return ledger.optedOut(subjectId, name, at);
      }

      @Override
      public boolean erasureRequested(String subjectId, Instant at) {
        return erasures.erasureRequested(subjectId, at);
      }
    };
  }
}
