package dev.proviso.erasure;

/**
 * Another coordinator appended the same journal entry number first: it is working on this request,
 * so this one stops before touching any system.
 */
public class JournalConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JournalConflictException(String requestId, int seq) {
    super(
        "erasure request "
            + requestId
            + ": journal entry "
            + seq
            + " was written by another coordinator; leaving the request to it");
  }

  /** Another coordinator holds the request's claim ({@link ErasureJournal#tryClaim}). */
  public JournalConflictException(String requestId) {
    super(
        "erasure request "
            + requestId
            + " is being run by another coordinator; leaving the request to it");
  }
}
