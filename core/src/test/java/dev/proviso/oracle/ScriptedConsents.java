package dev.proviso.oracle;

import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentHistory;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.model.ConsentDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deterministic consent view for generated cases: fixed answers, and chosen questions that throw,
 * so the engine and the oracle see exactly the same world.
 */
public record ScriptedConsents(
    Map<String, ConsentState> consents,
    Set<String> optedOut,
    boolean erasure,
    Set<String> failingPurposes,
    boolean optOutsFail,
    boolean erasureFails,
    Map<String, List<ConsentEvent>> kindEvents,
    Set<String> failingKinds)
    implements ConsentView {

  /** The engine gets the production derivation; the oracle derives from {@link #kindEvents}. */
  @Override
  public ConsentEvent decidingConsent(String subjectId, ConsentDefinition consent, Instant at) {
    if (failingKinds.contains(consent.name())) {
      throw new IllegalStateException("consent store unavailable for " + consent.name());
    }
    return ConsentHistory.deciding(kindEvents.getOrDefault(consent.name(), List.of()), consent, at);
  }

  @Override
  public ConsentState consent(String subjectId, String purpose, Instant at) {
    if (failingPurposes.contains(purpose)) {
      throw new IllegalStateException("consent store unavailable for " + purpose);
    }
    return consents.getOrDefault(purpose, ConsentState.UNKNOWN);
  }

  @Override
  public boolean optedOut(String subjectId, String name, Instant at) {
    if (optOutsFail) {
      throw new IllegalStateException("opt-out store unavailable");
    }
    return optedOut.contains(name);
  }

  @Override
  public boolean erasureRequested(String subjectId, Instant at) {
    if (erasureFails) {
      throw new IllegalStateException("erasure journal unavailable");
    }
    return erasure;
  }
}
