package dev.proviso.erasure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An accepted request to erase a subject. From {@code acceptedAt} on, the engine treats the subject
 * as restricted (semantics rule 7), even while systems are still pending.
 *
 * @param requestId the caller's idempotency key (e.g. a ticket number): submitting it again returns
 *     the same request
 */
public record ErasureRequest(String requestId, String subjectId, Instant acceptedAt) {
  public ErasureRequest {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(subjectId, "subjectId");
    acceptedAt = Objects.requireNonNull(acceptedAt, "acceptedAt").truncatedTo(ChronoUnit.MICROS);
  }
}
