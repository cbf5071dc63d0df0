package dev.proviso.dsl.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.proviso.metrics.Counter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reloading policy tells operators: a log line per reload and live counters. */
class ReloadObservabilityTest {
  private static final String HEADER =
      "policy \"shop\" version %d\ncategory contact { email }\npurpose marketing\n";

  @TempDir Path dir;

  private final Logger jul = Logger.getLogger(ReloadingPolicy.class.getName());
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          lines.add(r.getLevel() + " " + MessageFormat.format(r.getMessage(), r.getParameters()));
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

  @Test
  void reload_goodThenBrokenChange_logsEachOutcomeAndCountsThem() throws IOException {
    Path file = write(1, "allow contact for marketing");
    try (ReloadingPolicy policy = ReloadingPolicy.load(file)) {
      write(2, "deny contact for marketing");
      policy.reload();
      write(3, "allow contact.emial for marketing");
      policy.reload();

      assertThat(lines).hasSize(2);
      assertThat(lines.get(0))
          .startsWith("INFO policy reloaded: policy \"shop\" version 2 (")
          .endsWith(") now serves (was version 1)");
      assertThat(lines.get(1))
          .startsWith("WARNING policy reload rejected with 1 error(s); policy \"shop\" version 2")
          .contains(
              "keeps serving. First: shop.policy:4:7: error[P101]: unknown data category"
                  + " 'contact.emial'");
      assertThat(policy.counters())
          .extracting(Counter::name, Counter::count)
          .containsExactly(
              tuple("proviso.policy.reload.accepted", 1L),
              tuple("proviso.policy.reload.rejected", 1L),
              tuple("proviso.policy.reload.failed", 0L));
    }
  }

  private Path write(int version, String rule) throws IOException {
    return Files.writeString(dir.resolve("shop.policy"), HEADER.formatted(version) + rule + "\n");
  }
}
