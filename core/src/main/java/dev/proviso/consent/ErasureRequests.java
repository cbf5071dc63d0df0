package dev.proviso.consent;

import java.time.Instant;

/**
 * Knows when erasure requests were accepted; the erasure journal implements it. Combined with a
 * {@link ConsentLedger} through {@link ConsentLedger#view(ErasureRequests)}.
 */
@FunctionalInterface
public interface ErasureRequests {

  /** No erasure requests, ever. */
  ErasureRequests NONE = (subjectId, at) -> false;

  /** True when an erasure request for the subject had been accepted at or before {@code at}. */
  boolean erasureRequested(String subjectId, Instant at);
}
