package dev.proviso.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.jackson.DecisionLogCodec;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsyncDecisionLogWriterTest {
  private static final SubjectPseudonymizer KEY =
      new SubjectPseudonymizer("0123456789abcdef".getBytes());

  private static DecisionEvent event(String subjectId) {
    return new DecisionEvent(
        Instant.parse("2026-11-23T10:00:00Z"),
        subjectId,
        List.of("contact.email"),
        "marketing.email",
        "DENY",
        List.of("shop.policy:14"),
        "acme-shop",
        3,
        "ab12",
        List.of());
  }

  @Test
  void close_afterAppends_writesEveryEventAsOneLineWithPseudonymousSubject() throws IOException {
    StringWriter out = new StringWriter();
    AsyncDecisionLogWriter log =
        new AsyncDecisionLogWriter(out, DecisionLogCodec.JSON_LINES, KEY, 100);
    for (int i = 0; i < 50; i++) {
      log.append(event("cust-" + i));
    }
    log.close();

    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(50);
    assertThat(log.written()).isEqualTo(50);
    assertThat(log.dropped()).isZero();
    DecisionRecord first = DecisionLogCodec.JSON_LINES.decode(lines.get(0));
    assertThat(first.subject()).isEqualTo(KEY.pseudonym("cust-0"));
    assertThat(out.toString()).doesNotContain("cust-");
  }

  @Test
  void flush_afterAppends_everyEventIsReadableWhileTheLogStaysOpen() throws IOException {
    StringWriter out = new StringWriter();
    try (AsyncDecisionLogWriter log =
        new AsyncDecisionLogWriter(
            new java.io.BufferedWriter(out, 1 << 20), DecisionLogCodec.JSON_LINES, KEY, 1000)) {
      for (int round = 1; round <= 3; round++) {
        for (int i = 0; i < 200; i++) {
          log.append(event("cust-" + i));
        }
        log.flush();

        assertThat(out.toString().lines()).hasSize(200 * round);
      }
    }
  }

  @Test
  void append_whenWriterIsStuck_returnsAtOnceAndCountsDrops() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    StringWriter sink = new StringWriter();
    Writer stuck =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            entered.countDown();
            try {
              release.await();
            } catch (InterruptedException e) {
              throw new IOException(e);
            }
            sink.write(buf, off, len);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    AsyncDecisionLogWriter log =
        new AsyncDecisionLogWriter(stuck, DecisionLogCodec.JSON_LINES, KEY, 10);
    log.append(event("first"));
    entered.await(); // the worker now hangs on the writer; only the queue is left

    long start = System.nanoTime();
    for (int i = 0; i < 1_000; i++) {
      log.append(event("cust-" + i));
    }
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(elapsedMillis).isLessThan(1_000);
    assertThat(log.dropped()).isEqualTo(1_000 - 10);
    release.countDown();
    log.close();
    assertThat(log.written()).isEqualTo(11);
    assertThat(sink.toString().lines()).hasSize((int) log.written());
  }

  @Test
  void append_fromManyThreads_everyEventIsWrittenOrCounted() throws Exception {
    StringWriter out = new StringWriter();
    AsyncDecisionLogWriter log =
        new AsyncDecisionLogWriter(out, DecisionLogCodec.JSON_LINES, KEY, 64);
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      int thread = t;
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 2_000; i++) {
                  log.append(event("cust-" + thread + "-" + i));
                }
              });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    log.close();

    assertThat(log.written() + log.dropped()).isEqualTo(8_000);
    assertThat(out.toString().lines()).hasSize((int) log.written());
  }

  @Test
  void append_afterClose_isDroppedNotWritten() throws IOException {
    StringWriter out = new StringWriter();
    AsyncDecisionLogWriter log =
        new AsyncDecisionLogWriter(out, DecisionLogCodec.JSON_LINES, KEY, 10);
    log.close();

    log.append(event("cust-1"));

    assertThat(log.dropped()).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void append_whenWriterFails_countsFailureAndKeepsError() throws IOException {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    AsyncDecisionLogWriter log =
        new AsyncDecisionLogWriter(broken, DecisionLogCodec.JSON_LINES, KEY, 10);
    log.append(event("cust-1"));
    log.close();

    assertThat(log.failed()).isEqualTo(1);
    assertThat(log.lastError()).hasMessage("disk full");
  }

  @Test
  void toFile_twoWriters_appendToTheSameFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("decisions.jsonl");
    try (AsyncDecisionLogWriter log =
        AsyncDecisionLogWriter.toFile(file, DecisionLogCodec.JSON_LINES, KEY, 10)) {
      log.append(event("cust-1"));
    }
    try (AsyncDecisionLogWriter log =
        AsyncDecisionLogWriter.toFile(file, DecisionLogCodec.JSON_LINES, KEY, 10)) {
      log.append(event("cust-2"));
    }

    assertThat(Files.readAllLines(file))
        .hasSize(2)
        .allMatch(l -> l.startsWith("{\"schema\":2,\"time\""));
  }

  @Test
  void toFile_lastLineTornByACrash_cutsItOffCountsItAndAppendsWholeLines(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("decisions.jsonl");
    try (AsyncDecisionLogWriter log =
        AsyncDecisionLogWriter.toFile(file, DecisionLogCodec.JSON_LINES, KEY, 10)) {
      log.append(event("cust-1"));
    }
    String whole = Files.readString(file);
    Files.writeString(file, whole + whole.substring(0, 40)); // a kill -9 mid-line

    try (AsyncDecisionLogWriter log =
        AsyncDecisionLogWriter.toFile(file, DecisionLogCodec.JSON_LINES, KEY, 10)) {
      assertThat(log.tornLinesRepaired()).isEqualTo(1);
      log.append(event("cust-2"));
    }

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    assertThat(lines).allSatisfy(l -> DecisionLogCodec.JSON_LINES.decode(l));
    assertThat(DecisionLogCodec.JSON_LINES.decode(lines.get(1)).subject())
        .isEqualTo(KEY.pseudonym("cust-2"));
  }

  @Test
  void toFile_wholeLinesOnly_repairsNothing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("decisions.jsonl");
    Files.writeString(file, "{}\n");
    try (AsyncDecisionLogWriter log =
        AsyncDecisionLogWriter.toFile(file, DecisionLogCodec.JSON_LINES, KEY, 10)) {
      assertThat(log.tornLinesRepaired()).isZero();
      assertThat(log.pending()).isZero();
    }
    assertThat(Files.readString(file)).isEqualTo("{}\n");
  }

  @Test
  void constructor_zeroCapacity_isRejectedWithReason() {
    assertThatThrownBy(
            () ->
                new AsyncDecisionLogWriter(new StringWriter(), DecisionLogCodec.JSON_LINES, KEY, 0))
        .hasMessageContaining("capacity must be at least 1");
  }
}
