package dev.proviso.log;

import dev.proviso.metrics.Counter;
import dev.proviso.metrics.ProvisoMetrics;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A bounded, asynchronous JSON-lines decision log. {@link #append} only adds the event to a bounded
 * lock-free queue and returns at once; when the queue is full the event is dropped and counted, so
 * a slow disk can never stall a decision. One background thread pseudonymizes subject ids, encodes
 * lines with the {@link DecisionRecordFormat} (JSON lines: proviso-jackson's {@code
 * DecisionLogCodec.JSON_LINES}) and flushes whenever the queue runs empty. {@link #close} stops
 * accepting events, writes everything already queued, flushes and closes the writer.
 *
 * <p>The first drop and the first failed write are logged once (through {@link System.Logger}, as
 * {@code dev.proviso.log.AsyncDecisionLogWriter}, without the event's content); after that they are
 * only counted, in {@link #dropped()}, {@link #failed()} and {@link #counters()}.
 *
 * <pre>{@code
 * try (AsyncDecisionLogWriter log =
 *     AsyncDecisionLogWriter.toFile(
 *         Path.of("decisions.jsonl"), DecisionLogCodec.JSON_LINES, pseudonymizer, 10_000)) {
 *   Guard guard = Guard.builder(() -> policy).decisionLog(log).build();
 *   ...
 * }
 * }</pre>
 */
public final class AsyncDecisionLogWriter implements DecisionLog, AutoCloseable, ProvisoMetrics {
  private static final System.Logger LOG = System.getLogger(AsyncDecisionLogWriter.class.getName());
  private static final long IDLE_NANOS = 5_000_000;
  private static final long FLUSH_TIMEOUT_NANOS = 10_000_000_000L;

  // Lock-free: a producer never waits for the writer thread, even one descheduled mid-drain.
  private final Queue<DecisionEvent> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicLong accepted = new AtomicLong();
  private volatile long flushedThrough; // events taken and flushed to the output so far
  private final int capacity;
  private final Writer out;
  private final DecisionRecordFormat format;
  private final SubjectPseudonymizer pseudonymizer;
  private final Thread worker;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private volatile boolean failing; // the last write failed: audited uses are refused
  private final AtomicLong failed = new AtomicLong();
  private volatile boolean closed;
  private int tornLines;
  private volatile Exception lastError;
  // Writer thread only: a guarded object yields a run of events for one subject; hash it once.
  private SubjectRef lastSubject;
  private String lastPseudonym;

  /**
   * Writes to {@code out}, which this log owns and closes.
   *
   * @param capacity how many events may wait to be written before new ones are dropped
   */
  public AsyncDecisionLogWriter(
      Writer out, DecisionRecordFormat format, SubjectPseudonymizer pseudonymizer, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("decision log capacity must be at least 1: " + capacity);
    }
    this.capacity = capacity;
    this.out = Objects.requireNonNull(out, "out");
    this.format = Objects.requireNonNull(format, "format");
    this.pseudonymizer = Objects.requireNonNull(pseudonymizer, "pseudonymizer");
    this.worker = new Thread(this::drainUntilClosed, "proviso-decision-log");
    worker.setDaemon(true);
    worker.start();
  }

  /**
   * Appends to a UTF-8 file, creating it if needed. A last line without its newline (the previous
   * writer was killed mid-line) is cut off first, so new lines never join it and readers see whole
   * lines only; {@link #tornLinesRepaired()} says whether one was.
   */
  public static AsyncDecisionLogWriter toFile(
      Path file, DecisionRecordFormat format, SubjectPseudonymizer pseudonymizer, int capacity)
      throws IOException {
    int torn = TornLine.repair(file);
    Writer writer =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    AsyncDecisionLogWriter log =
        new AsyncDecisionLogWriter(writer, format, pseudonymizer, capacity);
    log.tornLines = torn;
    return log;
  }

  /** 1 when opening the file cut off a partial last line left by a crash, else 0. */
  public int tornLinesRepaired() {
    return tornLines;
  }

  /**
   * Events accepted but not yet written. A {@code kill -9} loses at most these (and the lines not
   * yet flushed); {@link #close} writes them all, or counts those it could not as {@link
   * #dropped()}.
   */
  public int pending() {
    return queued.get();
  }

  /** Queues the event without waiting on any lock; drops and counts it when the queue is full. */
  @Override
  public void append(DecisionEvent event) {
    if (!enqueue(event)) {
      drop(closed ? "the log is closed" : "the queue is full");
    }
  }

  /**
   * Queues an event a use depends on ({@code audit}); throws instead of dropping it when the log is
   * closed, its queue is full, or its last write failed.
   */
  @Override
  public void appendRequired(DecisionEvent event) {
    if (failing) {
      throw new IllegalStateException("the decision log's last write failed; see lastError()");
    }
    if (!enqueue(event)) {
      throw new IllegalStateException("the decision log is closed or its queue is full");
    }
  }

  private boolean enqueue(DecisionEvent event) {
    if (closed) {
      return false;
    }
    if (queued.incrementAndGet() > capacity) {
      queued.decrementAndGet();
      return false;
    }
    queue.offer(event);
    accepted.incrementAndGet();
    if (closed && queue.remove(event)) { // raced with close(): the writer may be gone
      accepted.decrementAndGet();
      queued.decrementAndGet();
      return false;
    }
    return true;
  }

  private void drop(String why) {
    if (dropped.incrementAndGet() == 1) { // once: a full queue must not flood the application log
      LOG.log(
          System.Logger.Level.WARNING,
          "decision log: dropping events because {0} (capacity {1}); further drops are counted"
              + " in dropped() only",
          why,
          capacity);
    }
  }

  /** Lines written so far. */
  public long written() {
    return written.get();
  }

  /** Events not written because the queue was full or the log already closed. */
  public long dropped() {
    return dropped.get();
  }

  /** Events lost to an I/O or encoding error; see {@link #lastError()}. */
  public long failed() {
    return failed.get();
  }

  /**
   * {@code proviso.decision.log.written}, {@code .dropped} and {@code .failed}, for a metrics
   * registry.
   */
  @Override
  public List<Counter> counters() {
    return List.of(
        new Counter("proviso.decision.log.written", "decision records written", written::get),
        new Counter(
            "proviso.decision.log.dropped",
            "decision events dropped because the queue was full or the log closed",
            dropped::get),
        new Counter(
            "proviso.decision.log.failed",
            "decision events lost to an I/O or encoding error",
            failed::get));
  }

  /** The most recent write error, or null. */
  public Exception lastError() {
    return lastError;
  }

  /**
   * Returns once every event accepted before the call is written and flushed to the output (a
   * report reads the log right after), waiting at most 10 seconds. Throws IllegalStateException
   * when the writer does not catch up in time, so a report is never built without the newest uses.
   */
  @Override
  public void flush() {
    long target = accepted.get();
    long deadline = System.nanoTime() + FLUSH_TIMEOUT_NANOS;
    while (flushedThrough < target && worker.isAlive()) {
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException(
            "the decision log did not write its queued events within 10 seconds");
      }
      LockSupport.unpark(worker);
      LockSupport.parkNanos(this, 1_000_000);
    }
  }

  private void drainUntilClosed() {
    boolean unflushed = false;
    long taken = 0;
    while (true) {
      DecisionEvent event = queue.poll();
      if (event != null) {
        queued.decrementAndGet();
        write(event);
        taken++;
        unflushed = true;
        continue;
      }
      if (unflushed) {
        flushOutput();
        flushedThrough = taken;
        unflushed = false;
      }
      if (closed && queue.isEmpty()) {
        return;
      }
      LockSupport.parkNanos(this, IDLE_NANOS);
    }
  }

  private void write(DecisionEvent event) {
    try {
      if (!event.subject().sameSubject(lastSubject)) {
        lastPseudonym = event.subject().pseudonym(pseudonymizer);
        lastSubject = event.subject();
      }
      out.write(format.encode(event.toRecord(lastPseudonym)));
      out.write('\n');
      written.incrementAndGet();
      failing = false;
    } catch (IOException | RuntimeException e) {
      failing = true;
      lastError = e;
      if (failed.incrementAndGet() == 1) {
        // the exception's class only: an encoder's message might quote the event
        LOG.log(
            System.Logger.Level.WARNING,
            "decision log: a record could not be written ({0}); further failures are counted in"
                + " failed() only, the last one is lastError()",
            e.getClass().getName());
      }
    }
  }

  private void flushOutput() {
    try {
      out.flush();
    } catch (IOException e) {
      lastError = e;
    }
  }

  /** Stops accepting events, writes those already queued, flushes and closes the output. */
  @Override
  public void close() throws IOException {
    closed = true;
    LockSupport.unpark(worker);
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      dropped.addAndGet(queued.getAndSet(0)); // still queued: counted, never silently lost
    }
    out.close();
    System.Logger.Level level =
        dropped.get() + failed.get() > 0 ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG;
    LOG.log(
        level,
        "decision log closed: {0} written, {1} dropped, {2} failed",
        written.get(),
        dropped.get(),
        failed.get());
  }
}
