package dev.proviso.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.jdbc.TestDatabases;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code kill -9}s of a child process writing consent events or running erasures, on an H2
 * file database and on embedded PostgreSQL. After each kill: every id the child printed as
 * acknowledged is in the store; a fresh coordinator resumes every request to completion, each
 * subject's erasable data is gone, the retained invoice amount is still there and restricted to tax
 * records, and no erase ran more than twice (the one in flight at the kill is repeated, as the
 * protocol says). Kills per case: {@code -Dproviso.crash.kills} (2 in the normal build, hundreds
 * with {@code -Pcrash-long}).
 */
class KillNineTest {
  private static final int KILLS = Integer.getInteger("proviso.crash.kills", 2);
  private static final long SEED = Long.getLong("proviso.crash.seed", System.nanoTime());
  private static final int BATCH = 100_000;
  private static final Instant ISSUED = Instant.parse("2024-03-01T00:00:00Z");

  @TempDir Path dir;

  @Test
  void consentLedger_killNineMidAppend_h2File_losesNoAcknowledgedEvent() throws Exception {
    consent("jdbc:h2:file:" + dir.resolve("consent") + ";WRITE_DELAY=0");
  }

  @Test
  void consentLedger_killNineMidAppend_postgres_losesNoAcknowledgedEvent() throws Exception {
    consent(TestDatabases.freshPostgresUrl());
  }

  @Test
  void erasureCoordinator_killNineMidRun_h2File_resumesWithNothingMissingOrDoubled()
      throws Exception {
    erasure("jdbc:h2:file:" + dir.resolve("erasure") + ";WRITE_DELAY=0");
  }

  @Test
  void erasureCoordinator_killNineMidRun_postgres_resumesWithNothingMissingOrDoubled()
      throws Exception {
    erasure(TestDatabases.freshPostgresUrl());
  }

  private void consent(String url) throws Exception {
    System.out.println("KillNineTest seed " + SEED + ", kills " + KILLS);
    Random random = new Random(SEED);
    int acknowledged = 0;
    for (int k = 0; k < KILLS; k++) {
      Killed run = runAndKill("consent", url, k * BATCH, random);
      DataSource db = CrashChild.dataSource(url);
      JdbcConsentLedger ledger = JdbcConsentLedger.create(db);
      for (String id : run.acked) {
        assertThat(ledger.history("cust-" + id)).as("acknowledged event " + id).hasSize(1);
      }
      acknowledged += run.acked.size();
    }
    System.out.println(
        "KillNineTest consent "
            + url.split(":")[1]
            + ": "
            + KILLS
            + " kills, "
            + acknowledged
            + " acknowledged events, 0 lost");
    assertThat(acknowledged).isPositive();
  }

  private void erasure(String url) throws Exception {
    System.out.println("KillNineTest seed " + SEED + ", kills " + KILLS);
    Random random = new Random(SEED);
    DataSource db = CrashChild.dataSource(url);
    createInvoices(db, KILLS * 2_000);
    Map<String, Integer> erases = new HashMap<>();
    int acknowledged = 0;
    for (int k = 0; k < KILLS; k++) {
      Killed run = runAndKill("erase", url, k * 2_000, random);
      run.erased.forEach(s -> erases.merge(s, 1, Integer::sum));
      ByteArrayOutputStream resumeLog = new ByteArrayOutputStream();
      PrintStream resumeOut = new PrintStream(resumeLog, true, StandardCharsets.UTF_8);
      ErasureCoordinator fresh =
          CrashChild.coordinator(db, new CrashChild.LoggedSystem(db, resumeOut));
      fresh.resumeAll();
      resumeLog
          .toString(StandardCharsets.UTF_8)
          .lines()
          .forEach(l -> erases.merge(l.substring("ERASE ".length()), 1, Integer::sum));
      for (ErasureRequest r : CrashChild.coordinatorJournal(db).requests()) {
        assertThat(fresh.receipt(r.requestId()).complete()).as(r.requestId()).isTrue();
      }
      for (String id : run.acked) {
        assertThat(fresh.receipt("r-" + id).complete()).as("acknowledged r-" + id).isTrue();
      }
      acknowledged += run.acked.size();
    }
    int requests = CrashChild.coordinatorJournal(db).requests().size();
    assertThat(requests).isPositive();
    assertThat(erases.values()).allMatch(n -> n <= 2);
    long repeated = erases.values().stream().filter(n -> n == 2).count();
    assertThat(repeated).as("repeated in-flight erases").isLessThanOrEqualTo(KILLS);
    assertThat(erases).hasSize(requests);
    checkRows(db, requests);
    System.out.println(
        "KillNineTest erasure "
            + url.split(":")[1]
            + ": "
            + KILLS
            + " kills, "
            + requests
            + " requests ("
            + acknowledged
            + " acknowledged), "
            + repeated
            + " in-flight erases repeated, 0 doubled, 0 missing");
  }

  /** Every erased subject keeps only its restricted invoice amount; the rest are untouched. */
  private static void checkRows(DataSource db, int requests) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT invoice_no, billing_email, amount, restricted_to FROM invoices")) {
      int erased = 0;
      while (rows.next()) {
        int no = rows.getInt(1);
        assertThat(rows.getBigDecimal(3)).as("retained amount of " + no).isNotNull();
        if (rows.getString(4) != null) {
          erased++;
          assertThat(rows.getString(2)).as("email of " + no).isNull();
          assertThat(rows.getString(4)).isEqualTo("legal.tax_records");
        } else {
          assertThat(rows.getString(2)).as("email of untouched " + no).isNotNull();
        }
      }
      assertThat(erased).isEqualTo(requests);
    }
  }

  private static void createInvoices(DataSource db, int count) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE invoices (invoice_no BIGINT PRIMARY KEY, customer_id VARCHAR(40) NOT NULL,"
              + " billing_email VARCHAR(200), amount DECIMAL(10,2),"
              + " issued_at TIMESTAMP WITH TIME ZONE, restricted_to VARCHAR(100))");
      c.setAutoCommit(false);
      try (PreparedStatement insert =
          c.prepareStatement("INSERT INTO invoices VALUES (?, ?, 'a@x.eu', 10.00, ?, NULL)")) {
        for (int i = 0; i < count; i++) {
          insert.setLong(1, i);
          insert.setString(2, "cust-" + i);
          dev.proviso.jdbc.Jdbc.setInstant(insert, 3, ISSUED);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      c.commit();
    }
  }

  private record Killed(List<String> acked, List<String> erased) {}

  private static void record(String line, List<String> acked, List<String> erased) {
    if (line.startsWith("ACK ")) {
      acked.add(line.substring("ACK ".length()));
    } else if (line.startsWith("ERASE ")) {
      erased.add(line.substring("ERASE ".length()));
    }
  }

  /** Starts the child, lets it acknowledge for a random 0.5-2 s, then SIGKILLs it. */
  private static Killed runAndKill(String mode, String url, int first, Random random)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                CrashChild.class.getName(),
                mode,
                url,
                Integer.toString(first),
                Integer.toString(mode.equals("consent") ? BATCH : 2_000))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    List<String> acked = new ArrayList<>();
    List<String> erased = new ArrayList<>();
    long killAfter = 500 + random.nextInt(1_500);
    long deadline = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (deadline == 0) {
          deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(killAfter);
        }
        record(line, acked, erased);
        if (System.nanoTime() > deadline) {
          // SIGKILL: no shutdown hook, no flush, no rollback. Not destroyForcibly(), which also
          // closes our end of the pipe, so the ids the child printed just before dying are lost.
          new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
          break;
        }
      }
      child.waitFor(30, TimeUnit.SECONDS);
      // Lines the child printed before it died still count: they were acknowledged.
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        record(line, acked, erased);
      }
    }
    assertThat(child.isAlive()).isFalse();
    assertThat(child.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
    return new Killed(acked, erased);
  }
}
