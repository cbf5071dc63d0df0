package dev.proviso.erasure;

import java.time.Instant;
import java.util.List;

/**
 * Rules every {@link ErasureJournal} implementation applies the same way. Public for the journals
 * in other modules (proviso-jdbc); application code has no use for it.
 */
public final class JournalRules {
  private JournalRules() {}

  /** Checks that an accepted request reuses its id only for the same subject. */
  public static ErasureRequest sameSubject(ErasureRequest existing, ErasureRequest requested) {
    if (!existing.subjectId().equals(requested.subjectId())) {
      throw new IllegalArgumentException(
          "erasure request id "
              + requested.requestId()
              + " already belongs to another subject; use a new request id");
    }
    return existing;
  }

  /** True when one of {@code requests} is for the subject and was accepted by {@code at}. */
  public static boolean anyAcceptedBy(List<ErasureRequest> requests, String subjectId, Instant at) {
    return requests.stream()
        .anyMatch(r -> r.subjectId().equals(subjectId) && !r.acceptedAt().isAfter(at));
  }
}
