package dev.proviso.erasure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Wraps a journal and simulates a process crash at the k-th append, before or after it is durable.
 */
final class CrashingJournal implements ErasureJournal {
  enum When {
    BEFORE_WRITE,
    AFTER_WRITE
  }

  /** The simulated crash; nothing in the coordinator may swallow it. */
  static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash(int k) {
      super("simulated crash at journal append " + k);
    }
  }

  private final ErasureJournal delegate;
  private final int crashAt;
  private final When when;
  private int appends;

  CrashingJournal(ErasureJournal delegate, int crashAt, When when) {
    this.delegate = delegate;
    this.crashAt = crashAt;
    this.when = when;
  }

  @Override
  public void append(JournalEntry entry) {
    appends++;
    if (appends == crashAt && when == When.BEFORE_WRITE) {
      throw new Crash(appends);
    }
    delegate.append(entry);
    if (appends == crashAt) {
      throw new Crash(appends);
    }
  }

  @Override
  public Optional<Claim> tryClaim(String requestId) {
    return delegate.tryClaim(requestId);
  }

  int appends() {
    return appends;
  }

  @Override
  public ErasureRequest accept(ErasureRequest request) {
    return delegate.accept(request);
  }

  @Override
  public Optional<ErasureRequest> request(String requestId) {
    return delegate.request(requestId);
  }

  @Override
  public List<ErasureRequest> requests() {
    return delegate.requests();
  }

  @Override
  public List<JournalEntry> entries(String requestId) {
    return delegate.entries(requestId);
  }

  @Override
  public boolean erasureRequested(String subjectId, Instant at) {
    return delegate.erasureRequested(subjectId, at);
  }
}
