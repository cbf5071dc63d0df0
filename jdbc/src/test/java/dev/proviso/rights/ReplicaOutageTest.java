package dev.proviso.rights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentStoreException;
import dev.proviso.jdbc.Await;
import dev.proviso.jdbc.JdbcReplicaSource;
import dev.proviso.jdbc.TestDatabases;
import dev.proviso.replica.ConsentReplica;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replica's outage semantics against a real PostgreSQL that is stopped mid-run and started
 * again on the same data: cached subjects keep being answered while their state is within the
 * staleness bound, every decision that needs consent or erasure state fails closed past it (saying
 * the state is stale), subjects not cached fail closed at once, answers resume when the database is
 * back, and no acknowledged write is lost. The bound is measured on a ticker the test advances, so
 * "within" and "past" the bound do not depend on how fast a loaded machine stops a database.
 */
class ReplicaOutageTest {
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final Duration BOUND = Duration.ofSeconds(30);

  private final Policy policy = RightsPolicy.compile();
  private final Subject ann = Subject.builder("cust-42").set("region", "EU").build();
  private final Subject bob = Subject.builder("cust-7").set("region", "EU").build();
  private final Subject newcomer = Subject.builder("cust-99").set("region", "EU").build();

  @TempDir Path data;

  @Test
  void decide_postgresStoppedMidRun_answersWithinTheBoundFailsClosedPastItAndRecovers()
      throws Exception {
    int port = freePort();
    EmbeddedPostgres pg = start(port);
    AtomicLong ticker = new AtomicLong(System.nanoTime());
    DataSource db = TestDatabases.postgres(pg.getJdbcUrl("postgres", "postgres"));
    Writer writer = null;
    try (ConsentReplica replica =
        ConsentReplica.over(JdbcReplicaSource.create(db, Duration.ofSeconds(1)))
            .maxStaleness(BOUND)
            .refreshEvery(Duration.ofMillis(50))
            .ticker(ticker::get)
            .build()) {
      replica.ledger().append(ConsentEvent.given("cust-42", "marketing.email", NOW, "web", "v3"));
      assertThat(decide(ann, "marketing.email", replica).allowed()).isTrue();
      assertThat(decide(bob, "marketing.email", replica).allowed()).isFalse();
      writer = new Writer(replica);
      writer.start();
      Writer w = writer;
      await(() -> w.acknowledged.size() >= 10);

      long failuresBefore = replica.failedRefreshes();
      pg.close(); // stops PostgreSQL; the data directory stays
      await(() -> replica.failedRefreshes() > failuresBefore);

      // within the bound: cached subjects are answered from the replica
      ticker.addAndGet(BOUND.toNanos() * 2 / 3);
      assertThat(decide(ann, "marketing.email", replica).allowed()).isTrue();
      assertThat(decide(ann, "fulfilment", replica).allowed()).isTrue();
      Decision bobs = decide(bob, "marketing.email", replica);
      assertThat(bobs.allowed()).isFalse();
      assertThat(bobs.explanation().toString()).doesNotContain("stale");
      // a subject not cached needs the store: closed at once
      Decision unknown = decide(newcomer, "fulfilment", replica);
      assertThat(unknown.allowed()).isFalse();
      assertThat(unknown.explanation().toString()).contains("consent store unavailable");

      // past the bound: everything that needs consent or erasure state fails closed
      ticker.addAndGet(BOUND.toNanos() / 2);
      for (String purpose : List.of("marketing.email", "fulfilment")) {
        Decision stale = decide(ann, purpose, replica);
        assertThat(stale.allowed()).as(purpose).isFalse();
        assertThat(stale.explanation().toString())
            .as(purpose)
            .contains("consent state is stale")
            .contains("beyond its staleness bound of 30000 ms")
            .doesNotContain("cust-42");
      }
      assertThat(replica.isFresh()).isFalse();

      int acknowledgedAtRestart = writer.acknowledged.size();
      pg = start(port); // the same data directory and port
      await(() -> decide(ann, "marketing.email", replica).allowed());
      assertThat(decide(newcomer, "fulfilment", replica).allowed()).isTrue();
      assertThat(replica.isFresh()).isTrue();
      await(() -> w.acknowledged.size() >= acknowledgedAtRestart + 10);
      writer.stop();

      assertThat(writer.wrongAnswer.get()).as("a read right after an acknowledged write").isNull();
      List<ConsentEvent> stored = replica.ledger().history(Writer.SUBJECT);
      for (ConsentEvent acked : writer.acknowledged) {
        assertThat(stored)
            .as("acknowledged %s", acked)
            .anyMatch(e -> e.kind() == acked.kind() && e.at().equals(acked.at()));
      }
      System.out.println(
          "ReplicaOutageTest: "
              + writer.acknowledged.size()
              + " acknowledged writes, "
              + writer.refused.get()
              + " refused during the outage, 0 lost; "
              + replica.failedRefreshes()
              + " failed refreshes");
    } finally {
      if (writer != null) {
        writer.stop();
      }
      pg.close();
    }
  }

  private Decision decide(Subject subject, String purpose, ConsentReplica replica) {
    return policy.decide(
        Request.of(subject, policy.category("contact.email"), policy.purpose(purpose), NOW),
        replica);
  }

  private EmbeddedPostgres start(int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setPort(port)
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("fsync", "on")
        .start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * Appends alternating grants and withdrawals through the replica, one second of event time apart,
   * and reads the state back at once: it must be the write's own, or a failure (never another).
   */
  private static final class Writer implements Runnable {
    static final String SUBJECT = "writer-1";
    final List<ConsentEvent> acknowledged = new CopyOnWriteArrayList<>();
    final AtomicLong refused = new AtomicLong();
    final AtomicReference<String> wrongAnswer = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConsentReplica replica;
    private final Thread thread = new Thread(this, "replica-outage-writer");

    Writer(ConsentReplica replica) {
      this.replica = replica;
      thread.setDaemon(true);
    }

    void start() {
      thread.start();
    }

    void stop() throws InterruptedException {
      running.set(false);
      thread.join(30_000);
    }

    @Override
    public void run() {
      for (int i = 0; running.get(); i++) {
        Instant at = NOW.plusSeconds(i);
        ConsentEvent e =
            i % 2 == 0
                ? ConsentEvent.given(SUBJECT, "marketing.email", at, "web", "v3")
                : ConsentEvent.withdrawn(SUBJECT, "marketing.email", at, "web", "v3");
        try {
          replica.ledger().append(e);
        } catch (ConsentStoreException refusedWrite) {
          refused.incrementAndGet();
          pause();
          continue;
        }
        acknowledged.add(e);
        try {
          ConsentState read = replica.consent(SUBJECT, "marketing.email", at);
          ConsentState expected = i % 2 == 0 ? ConsentState.GIVEN : ConsentState.WITHDRAWN;
          if (read != expected) {
            wrongAnswer.compareAndSet(null, "write " + i + " read back as " + read);
          }
        } catch (ConsentStoreException failedClosed) {
          // the store went down between the write and the read: a refusal, not a wrong answer
        }
      }
    }

    private static void pause() {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void await(BooleanSupplier condition) {
    Await.until(condition, Duration.ofSeconds(90));
  }
}
