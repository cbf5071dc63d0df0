package dev.proviso.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.jackson.DecisionLogCodec;
import dev.proviso.metrics.Counter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the decision log tells operators: one log line per kind of loss, and live counters. */
class DecisionLogObservabilityTest {
  private static final SubjectPseudonymizer KEY =
      new SubjectPseudonymizer("0123456789abcdef".getBytes());
  private static final String SUBJECT = "cust-4711";

  private final Logger jul = Logger.getLogger(AsyncDecisionLogWriter.class.getName());
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    jul.setLevel(Level.ALL);
    jul.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    jul.removeHandler(capture);
  }

  private static DecisionEvent event() {
    return new DecisionEvent(
        Instant.parse("2026-11-23T10:00:00Z"),
        SUBJECT,
        List.of("contact.email"),
        "marketing.email",
        "DENY",
        List.of("shop.policy:14"),
        "acme-shop",
        3,
        "ab12",
        List.of());
  }

  private List<String> warnings() {
    return records.stream()
        .filter(r -> r.getLevel() == Level.WARNING)
        .map(r -> java.text.MessageFormat.format(r.getMessage(), r.getParameters()))
        .toList();
  }

  @Test
  void append_afterClose_logsTheFirstDropOnceAndCountsEvery() throws IOException {
    AsyncDecisionLogWriter log =
        new AsyncDecisionLogWriter(new StringWriter(), DecisionLogCodec.JSON_LINES, KEY, 10);
    log.close();
    records.clear();

    for (int i = 0; i < 5; i++) {
      log.append(event());
    }

    assertThat(log.dropped()).isEqualTo(5);
    assertThat(warnings())
        .singleElement()
        .asString()
        .contains("dropping events because the log is closed")
        .doesNotContain(SUBJECT);
    assertThat(log.counters())
        .extracting(Counter::name, Counter::count)
        .contains(
            org.assertj.core.groups.Tuple.tuple("proviso.decision.log.dropped", 5L),
            org.assertj.core.groups.Tuple.tuple("proviso.decision.log.written", 0L));
  }

  @Test
  void close_afterFailedWrites_logsOneFailureAndASummaryWithoutTheEvents() throws IOException {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("disk full while writing " + new String(buf, off, len));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    AsyncDecisionLogWriter log =
        new AsyncDecisionLogWriter(broken, DecisionLogCodec.JSON_LINES, KEY, 100);
    for (int i = 0; i < 3; i++) {
      log.append(event());
    }
    log.close();

    assertThat(log.failed()).isEqualTo(3);
    assertThat(warnings())
        .containsExactly(
            "decision log: a record could not be written (java.io.IOException); further failures"
                + " are counted in failed() only, the last one is lastError()",
            "decision log closed: 0 written, 0 dropped, 3 failed");
    assertThat(String.join("\n", warnings()))
        .doesNotContain(SUBJECT)
        .doesNotContain(KEY.pseudonym(SUBJECT));
    assertThat(log.counters())
        .filteredOn(c -> c.name().equals("proviso.decision.log.failed"))
        .singleElement()
        .extracting(Counter::count)
        .isEqualTo(3L);
  }
}
