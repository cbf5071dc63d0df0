package dev.proviso;

import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A small in-memory consent view for tests: fixed states, opt-outs, erasures, or a failure. */
final class FakeConsents implements ConsentView {
  private final Map<String, ConsentState> states = new HashMap<>();
  private final Set<String> optOuts = new HashSet<>();
  private final Map<String, Instant> erasures = new HashMap<>();
  private RuntimeException failure;
  private boolean onlyConsent;

  FakeConsents consent(String subject, String purpose, ConsentState state) {
    states.put(subject + "|" + purpose, state);
    return this;
  }

  FakeConsents optOut(String subject, String name) {
    optOuts.add(subject + "|" + name);
    return this;
  }

  FakeConsents erasure(String subject, Instant at) {
    erasures.put(subject, at);
    return this;
  }

  /** Every question then throws {@code failure}. */
  FakeConsents failing(RuntimeException failure) {
    this.failure = failure;
    return this;
  }

  /** Consent questions then throw {@code failure}; opt-outs and erasure still answer. */
  FakeConsents failingConsent(RuntimeException failure) {
    this.failure = failure;
    this.onlyConsent = true;
    return this;
  }

  @Override
  public ConsentState consent(String subjectId, String purpose, Instant at) {
    if (onlyConsent) {
      throw failure;
    }
    fail();
    return states.getOrDefault(subjectId + "|" + purpose, ConsentState.UNKNOWN);
  }

  @Override
  public boolean optedOut(String subjectId, String name, Instant at) {
    fail();
    return optOuts.contains(subjectId + "|" + name);
  }

  @Override
  public boolean erasureRequested(String subjectId, Instant at) {
    fail();
    Instant since = erasures.get(subjectId);
    return since != null && !since.isAfter(at);
  }

  private void fail() {
    if (failure != null && !onlyConsent) {
      throw failure;
    }
  }
}
