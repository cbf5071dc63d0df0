package dev.proviso.replica;

import dev.proviso.consent.ConsentLedger;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.erasure.ErasureJournal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A local, bounded copy of consent and erasure state, answering the engine from memory: a hit
 * allocates nothing and takes no lock; a miss loads the subject's whole state from the store in one
 * query. A daemon thread follows the store's feeds by position ({@link #refreshEvery}); writes
 * through {@link #ledger()} and {@link #journal()} are visible to this replica when they return
 * (read-your-writes).
 *
 * <p><b>Staleness bound.</b> An answer is never based on state older than {@link #maxStaleness}
 * (default 30 s): the age of a subject's state is the time since the later of its load and the
 * feed's last complete catch-up. While the store is unreachable, subjects already cached keep being
 * answered until their state passes the bound; then (and for every subject not cached, at once) the
 * view throws {@link StaleConsentException} or the store's own failure, and the engine fails closed
 * with that reason. When the store answers again the feed catches up and answers resume.
 *
 * <p><b>Memory bound.</b> At most {@link Builder#capacity} records (default 100,000), counting each
 * cached subject as one plus its consent events and erasure requests; past it a second-chance sweep
 * evicts subjects not read since the last sweep. Eviction only forgets: the next question about an
 * evicted subject is a miss, answered from the store.
 *
 * <pre>{@code
 * ConsentReplica replica =
 *     ConsentReplica.over(JdbcReplicaSource.create(dataSource)) // proviso-jdbc
 *         .maxStaleness(Duration.ofSeconds(30))
 *         .build();
 * replica.ledger().append(ConsentEvent.given("cust-42", "marketing.email", Instant.now(), "web", "v3"));
 * Decision d = policy.decide(request, replica); // answered from memory, this write included
 * replica.close(); // stops the refresh thread
 * }</pre>
 */
public final class ConsentReplica implements ConsentView, AutoCloseable {
  private final ReplicaSource source;
  private final LongSupplier ticker;
  private final long maxStalenessNanos;
  private final SubjectCache subjects;
  private final Object refreshLock = new Object();
  private final FeedFollower consentFeed;
  private final FeedFollower erasureFeed;
  private final ScheduledExecutorService refresher;
  private final Duration maxStaleness;
  private final Duration refreshEvery;
  private final ConsentLedger ledger;
  private final ErasureJournal journal;

  /** Start of the last poll that caught up with both feeds; answers are at least this fresh. */
  private volatile long caughtUpAtNanos;

  private volatile long lastRefreshStartNanos;
  private volatile String lastFailure = "";
  private final AtomicLong failedRefreshes = new AtomicLong();

  private ConsentReplica(Builder b) {
    this.source = b.source;
    this.ticker = b.ticker;
    this.maxStaleness = b.maxStaleness;
    this.maxStalenessNanos = b.maxStaleness.toNanos();
    this.refreshEvery = b.refreshEvery;
    this.subjects = new SubjectCache(source, ticker, b.capacity);
    long gapTimeout = b.gapTimeout.toNanos();
    this.consentFeed = new FeedFollower(source, ReplicaRecord.Feed.CONSENT, ticker, gapTimeout);
    this.erasureFeed = new FeedFollower(source, ReplicaRecord.Feed.ERASURE, ticker, gapTimeout);
    this.caughtUpAtNanos = ticker.getAsLong() - maxStalenessNanos - 1; // nothing is fresh yet
    this.ledger = new ReplicaLedger(this, source.ledger());
    this.journal = new ReplicaJournal(this, source.journal());
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "proviso-replica-refresh");
              thread.setDaemon(true); // never keeps a JVM alive
              return thread;
            });
    refresher.scheduleWithFixedDelay(
        this::refreshQuietly, 0, refreshEvery.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** A builder for a replica of {@code source}. */
  public static Builder over(ReplicaSource source) {
    return new Builder(Objects.requireNonNull(source, "source"));
  }

  @Override
  public ConsentState consent(String subjectId, String purpose, Instant at) {
    return state(subjectId).consent(purpose, at);
  }

  @Override
  public boolean optedOut(String subjectId, String name, Instant at) {
    return state(subjectId).optedOut(name, at);
  }

  @Override
  public boolean erasureRequested(String subjectId, Instant at) {
    return state(subjectId).erasureRequested(at);
  }

  /**
   * The consent ledger through this replica: {@code append} writes to the store and returns once
   * this replica shows the event; {@code consent} and {@code optedOut} are answered like the view;
   * {@code history} (proof of consent) reads the store.
   */
  public ConsentLedger ledger() {
    return ledger;
  }

  /**
   * The erasure journal through this replica: {@code accept} writes to the store and returns once
   * this replica restricts the subject; everything else is the store's journal (give this one to
   * the {@code ErasureCoordinator}).
   */
  public ErasureJournal journal() {
    return journal;
  }

  /** The staleness bound: state older than this is never answered from. */
  public Duration maxStaleness() {
    return maxStaleness;
  }

  /** How often the feeds are polled. */
  public Duration refreshEvery() {
    return refreshEvery;
  }

  /**
   * How old the feed's view of the store is now: the time since the last poll that caught up. Past
   * {@link #maxStaleness()}, subjects not loaded since are answered with a failed-closed deny.
   */
  public Duration staleness() {
    return Duration.ofNanos(Math.max(0, ticker.getAsLong() - caughtUpAtNanos));
  }

  /** Whether the feed is within the bound now (for health checks). */
  public boolean isFresh() {
    return ticker.getAsLong() - caughtUpAtNanos <= maxStalenessNanos;
  }

  /** Questions that were not answered from memory and read the store (one query each). */
  public long misses() {
    return subjects.misses();
  }

  /** Subjects forgotten to stay within the capacity. */
  public long evictions() {
    return subjects.evictions();
  }

  /** Subjects held now. */
  public int cachedSubjects() {
    return subjects.size();
  }

  /**
   * Polls of the feeds that failed (store unreachable); the last reason is {@link #lastFailure}.
   */
  public long failedRefreshes() {
    return failedRefreshes.get();
  }

  /** Why the last failed poll failed (no personal data: the store's own message), or empty. */
  public String lastFailure() {
    return lastFailure;
  }

  /**
   * Feed positions given up on: a position left empty longer than the gap timeout (a rolled-back
   * write, or one whose transaction outlived the timeout). A record committed there later is missed
   * by the feed for subjects already cached, until they are evicted.
   */
  public long abandonedPositions() {
    synchronized (refreshLock) {
      return consentFeed.abandoned() + erasureFeed.abandoned();
    }
  }

  /**
   * Polls the feeds now (the refresh thread does this every {@link #refreshEvery()}); throws the
   * store's failure when it cannot be reached.
   */
  public void refresh() {
    synchronized (refreshLock) {
      long started = ticker.getAsLong();
      lastRefreshStartNanos = started;
      boolean consents = consentFeed.poll(subjects::apply);
      boolean erasures = erasureFeed.poll(subjects::apply);
      if (consents && erasures) {
        caughtUpAtNanos = started;
      }
    }
  }

  /** Stops the refresh thread; the replica then ages past its bound and fails closed. */
  @Override
  public void close() {
    refresher.shutdownNow();
  }

  @Override
  public String toString() {
    return "ConsentReplica[" + subjects.size() + " subjects, bound " + maxStaleness + "]";
  }

  // ---- reads

  private SubjectState state(String subjectId) {
    SubjectEntry entry = subjects.loaded(subjectId);
    if (entry == null) {
      return subjects.miss(subjectId);
    }
    long age = ticker.getAsLong() - Math.max(entry.loadedAtNanos, caughtUpAtNanos);
    if (age > maxStalenessNanos) {
      throw new StaleConsentException(age / 1_000_000, maxStalenessNanos / 1_000_000);
    }
    if (!entry.used) {
      entry.used = true;
    }
    return entry.state();
  }

  // ---- feed and writes

  private void refreshQuietly() {
    try {
      refresh();
      subjects.sweepIfFull();
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) { // NOPMD - the refresh thread must survive any store failure
      failedRefreshes.incrementAndGet();
      lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /**
   * After an acknowledged write: catch the feed up with it, so this replica shows it. If that is
   * impossible now (the store just failed), the subject is forgotten instead, so the next question
   * reads the store (and fails closed while it is down) rather than answering without the write.
   */
  void written(String subjectId) {
    long acknowledged = ticker.getAsLong();
    try {
      synchronized (refreshLock) {
        if (lastRefreshStartNanos - acknowledged > 0 && caughtUpAtNanos == lastRefreshStartNanos) {
          return; // a poll that started after the write already caught up
        }
        refresh();
        if (caughtUpAtNanos != lastRefreshStartNanos) {
          subjects.forget(subjectId); // still behind the feed: do not answer without the write
        }
      }
    } catch (RuntimeException e) {
      subjects.forget(subjectId);
    }
  }

  /** Configures a {@link ConsentReplica}; {@link #build()} starts its refresh thread. */
  public static final class Builder {
    private final ReplicaSource source;
    private Duration maxStaleness = Duration.ofSeconds(30);
    private Duration refreshEvery = Duration.ofMillis(250);
    private Duration gapTimeout = Duration.ofSeconds(10);
    private long capacity = 100_000;
    private LongSupplier ticker = System::nanoTime;

    private Builder(ReplicaSource source) {
      this.source = source;
    }

    /** The staleness bound (default 30 s); must exceed {@link #refreshEvery}. */
    public Builder maxStaleness(Duration bound) {
      this.maxStaleness = positive(bound, "maxStaleness");
      return this;
    }

    /** How often the feeds are polled (default 250 ms). */
    public Builder refreshEvery(Duration interval) {
      this.refreshEvery = positive(interval, "refreshEvery");
      return this;
    }

    /**
     * How long a skipped feed position is re-checked for a late commit (default 10 s, well above
     * the JDBC stores' 2 s query and network timeouts, which bound how long a write stays open).
     */
    public Builder gapTimeout(Duration timeout) {
      this.gapTimeout = positive(timeout, "gapTimeout");
      return this;
    }

    /**
     * At most this many records held (default 100,000): each cached subject counts one plus its
     * consent events and erasure requests.
     */
    public Builder capacity(long records) {
      if (records < 1) {
        throw new IllegalArgumentException("the capacity must be at least 1 record: " + records);
      }
      this.capacity = records;
      return this;
    }

    /**
     * The monotonic clock (nanoseconds) the staleness bound is measured on; {@code
     * System::nanoTime} unless a test or simulation drives time itself.
     */
    public Builder ticker(LongSupplier nanoTime) {
      this.ticker = Objects.requireNonNull(nanoTime, "nanoTime");
      return this;
    }

    /** The replica, its refresh thread started (a daemon: it never keeps the JVM alive). */
    public ConsentReplica build() {
      if (refreshEvery.compareTo(maxStaleness) >= 0) {
        throw new IllegalArgumentException(
            "refreshEvery ("
                + refreshEvery
                + ") must be shorter than maxStaleness ("
                + maxStaleness
                + "), or every answer would be stale");
      }
      return new ConsentReplica(this);
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive: " + d);
      }
      return d;
    }
  }
}
