package dev.proviso.analysis;

import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A consent view whose answers hold at every instant: the facts the analysis is given. */
record FixedConsents(Map<String, ConsentState> consents, Set<String> optOuts)
    implements ConsentView {
  FixedConsents {
    consents = Map.copyOf(consents);
    optOuts = Set.copyOf(optOuts);
  }

  @Override
  public ConsentState consent(String subjectId, String purpose, Instant at) {
    return consents.getOrDefault(purpose, ConsentState.UNKNOWN);
  }

  @Override
  public boolean optedOut(String subjectId, String name, Instant at) {
    return optOuts.contains(name);
  }

  @Override
  public boolean erasureRequested(String subjectId, Instant at) {
    return false;
  }
}
