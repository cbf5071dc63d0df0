package dev.proviso.log;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * <pre>{@code
 * try (AsyncDecisionLogWriter log =
 *     AsyncDecisionLogWriter.toFile(
 *         Path.of("decisions.jsonl"), DecisionLogCodec.JSON_LINES, pseudonymizer, 10_000)) {
 *   Guard guard = Guard.builder(() -> policy).decisionLog(log).build();
 *   ...
 * }
 * }</pre>
 */
public final class AsyncDecisionLogWriter implements DecisionLog, AutoCloseable {
  private static final long IDLE_NANOS = 5_000_000;

  // Lock-free: a producer never waits for the writer thread, even one descheduled mid-drain.
  private final Queue<DecisionEvent> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final int capacity;
  private final Writer out;
  private final DecisionRecordFormat format;
  private final SubjectPseudonymizer pseudonymizer;
  private final Thread worker;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile boolean closed;
  private int tornLines;
  private volatile Exception lastError;
  // Writer thread only: a guarded object yields a run of events for one subject; hash it once.
  private String lastSubjectId;
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
    if (closed) {
      dropped.incrementAndGet();
      return;
    }
    if (queued.incrementAndGet() > capacity) {
      queued.decrementAndGet();
      dropped.incrementAndGet();
      return;
    }
    queue.offer(event);
    if (closed && queue.remove(event)) { // raced with close(): the writer may be gone
      queued.decrementAndGet();
      dropped.incrementAndGet();
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

  /** The most recent write error, or null. */
  public Exception lastError() {
    return lastError;
  }

  private void drainUntilClosed() {
    boolean unflushed = false;
    while (true) {
      DecisionEvent event = queue.poll();
      if (event != null) {
        queued.decrementAndGet();
        write(event);
        unflushed = true;
        continue;
      }
      if (unflushed) {
        flush();
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
      if (!event.subjectId().equals(lastSubjectId)) {
        lastPseudonym = pseudonymizer.pseudonym(event.subjectId());
        lastSubjectId = event.subjectId();
      }
      out.write(format.encode(event.toRecord(lastPseudonym)));
      out.write('\n');
      written.incrementAndGet();
    } catch (IOException | RuntimeException e) {
      failed.incrementAndGet();
      lastError = e;
    }
  }

  private void flush() {
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
  }
}
