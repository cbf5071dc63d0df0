package dev.proviso.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.ConsentState;
import dev.proviso.erasure.ErasureRequest;
import dev.proviso.jdbc.Await;
import dev.proviso.jdbc.Jdbc;
import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.jdbc.JdbcReplicaSource;
import dev.proviso.jdbc.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The replica on a real H2 database: hits from memory, one query per miss, the feed, gaps,
 * read-your-writes, eviction, and answers identical to the store's.
 */
class ConsentReplicaTest {
  private static final String EMAIL = "marketing.email";
  private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

  private final List<ConsentReplica> replicas = new ArrayList<>();

  @AfterEach
  void close() {
    replicas.forEach(ConsentReplica::close);
  }

  private ConsentReplica replica(DataSource db, long capacity) {
    ConsentReplica replica =
        ConsentReplica.over(JdbcReplicaSource.create(db))
            .refreshEvery(Duration.ofMillis(20))
            .capacity(capacity)
            .build();
    replicas.add(replica);
    return replica;
  }

  @Test
  void consent_askedTwice_oneQueryForTheMissThenAnsweredFromMemory() {
    CountingDataSource db = new CountingDataSource(TestDatabases.freshH2());
    ConsentReplica replica = replica(db, 1_000);
    replica.ledger().append(ConsentEvent.given("cust-1", EMAIL, T0, "web", "v1"));
    long before = db.subjectQueries();

    assertThat(replica.consent("cust-1", EMAIL, T0.plusSeconds(1))).isEqualTo(ConsentState.GIVEN);
    long afterMiss = db.subjectQueries();
    for (int i = 0; i < 100; i++) {
      assertThat(replica.consent("cust-1", EMAIL, T0.plusSeconds(1))).isEqualTo(ConsentState.GIVEN);
      assertThat(replica.optedOut("cust-1", "sale_or_share", T0)).isFalse();
      assertThat(replica.erasureRequested("cust-1", T0)).isFalse();
    }

    assertThat(afterMiss - before).as("queries for the miss").isEqualTo(1);
    assertThat(db.subjectQueries()).as("queries for 300 hits").isEqualTo(afterMiss);
  }

  @Test
  void consent_hit_allocatesNothing() {
    ConsentReplica replica = replica(TestDatabases.freshH2(), 1_000);
    replica.ledger().append(ConsentEvent.given("cust-1", EMAIL, T0, "web", "v1"));
    replica
        .ledger()
        .append(
            ConsentEvent.given("cust-1", "analytics", T0, "web", "v1")
                .expiringAt(T0.plusSeconds(60)));
    replica.journal().accept(new ErasureRequest("req-1", "cust-1", T0.plusSeconds(3600)));
    Instant at = T0.plusSeconds(10);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    int answers = 0;
    for (int i = 0; i < 20_000; i++) { // warm up, and load the subject
      answers += hit(replica, at);
    }

    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < 100_000; i++) {
      answers += hit(replica, at);
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;

    assertThat(answers).isEqualTo(120_000 * 2);
    assertThat(allocated).as("bytes for 300,000 hits").isLessThan(1_000);
  }

  private static int hit(ConsentReplica replica, Instant at) {
    int given = replica.consent("cust-1", EMAIL, at) == ConsentState.GIVEN ? 1 : 0;
    given += replica.consent("cust-1", "analytics", at) == ConsentState.GIVEN ? 1 : 0;
    return given + (replica.erasureRequested("cust-1", at) ? 1 : 0);
  }

  @Test
  void append_throughTheReplicaLedger_isAnsweredAsSoonAsItReturns() {
    ConsentReplica replica = replica(TestDatabases.freshH2(), 1_000);
    assertThat(replica.consent("cust-1", EMAIL, T0.plusSeconds(5))).isEqualTo(ConsentState.UNKNOWN);

    for (int i = 0; i < 20; i++) {
      Instant at = T0.plusSeconds(i);
      ConsentEvent e =
          i % 2 == 0
              ? ConsentEvent.given("cust-1", EMAIL, at, "web", "v1")
              : ConsentEvent.withdrawn("cust-1", EMAIL, at, "web", "v1");
      replica.ledger().append(e);
      assertThat(replica.consent("cust-1", EMAIL, at))
          .as("right after append %d", i)
          .isEqualTo(i % 2 == 0 ? ConsentState.GIVEN : ConsentState.WITHDRAWN);
    }
  }

  @Test
  void accept_throughTheReplicaJournal_restrictsTheSubjectAtOnce() {
    ConsentReplica replica = replica(TestDatabases.freshH2(), 1_000);
    assertThat(replica.erasureRequested("cust-1", T0.plusSeconds(60))).isFalse();

    replica.journal().accept(new ErasureRequest("req-1", "cust-1", T0));

    assertThat(replica.erasureRequested("cust-1", T0.plusSeconds(60))).isTrue();
    assertThat(replica.erasureRequested("cust-1", T0.minusSeconds(1))).isFalse();
    assertThat(replica.journal().requestsOf("cust-1")).hasSize(1);
  }

  @Test
  void feed_writeByAnotherProcess_reachesACachedSubjectWithoutAReload() {
    DataSource db = TestDatabases.freshH2();
    ConsentReplica replica = replica(db, 1_000);
    JdbcConsentLedger otherProcess = JdbcConsentLedger.create(db);
    assertThat(replica.consent("cust-1", EMAIL, T0.plusSeconds(1))).isEqualTo(ConsentState.UNKNOWN);
    long misses = replica.misses();

    otherProcess.append(ConsentEvent.given("cust-1", EMAIL, T0, "web", "v1"));

    await(() -> replica.consent("cust-1", EMAIL, T0.plusSeconds(1)) == ConsentState.GIVEN);
    assertThat(replica.misses()).isEqualTo(misses);
  }

  @Test
  void feed_lowerPositionCommittedAfterAHigherOne_isStillSeen() throws Exception {
    DataSource db = TestDatabases.freshH2();
    ConsentReplica replica = replica(db, 1_000);
    JdbcConsentLedger otherProcess = JdbcConsentLedger.create(db);
    assertThat(replica.consent("cust-1", EMAIL, T0.plusSeconds(9))).isEqualTo(ConsentState.UNKNOWN);
    long misses = replica.misses();

    try (Connection slow = db.getConnection()) {
      slow.setAutoCommit(false);
      insertRaw(slow, "cust-1", ConsentEventKind.OPTED_OUT, "sale_or_share", T0);
      // a later position, committed first: the feed moves past the slow writer's position
      otherProcess.append(ConsentEvent.given("cust-1", EMAIL, T0.plusSeconds(1), "web", "v1"));
      await(() -> replica.consent("cust-1", EMAIL, T0.plusSeconds(9)) == ConsentState.GIVEN);
      assertThat(replica.optedOut("cust-1", "sale_or_share", T0.plusSeconds(9))).isFalse();
      slow.commit();
    }

    await(() -> replica.optedOut("cust-1", "sale_or_share", T0.plusSeconds(9)));
    assertThat(replica.misses()).as("seen by the feed, not by a reload").isEqualTo(misses);
    assertThat(replica.abandonedPositions()).isZero();
  }

  @Test
  void capacity_manySubjects_staysBoundedAndEvictedSubjectsAnswerAsTheStore() {
    long seed = Long.getLong("proviso.replica.seed", System.nanoTime());
    System.out.println("ConsentReplicaTest seed: -Dproviso.replica.seed=" + seed);
    SplittableRandom random = new SplittableRandom(seed);
    DataSource db = TestDatabases.freshH2();
    JdbcConsentLedger store = JdbcConsentLedger.create(db);
    ConsentReplica replica = replica(db, 60);
    String[] purposes = {EMAIL, "marketing.sms", "analytics"};
    for (int s = 0; s < 80; s++) {
      for (int e = random.nextInt(4); e > 0; e--) {
        ConsentEventKind kind = ConsentEventKind.values()[random.nextInt(4)];
        String name = kind.isOptOut() ? "sale_or_share" : purposes[random.nextInt(3)];
        Instant at = T0.plusSeconds(random.nextInt(100));
        ConsentEvent event = ConsentEvent.of("cust-" + s, kind, name, at, "web", "v1");
        if (random.nextBoolean()) {
          replica.ledger().append(event);
        } else {
          store.append(event);
        }
      }
    }

    for (int round = 0; round < 3; round++) {
      for (int s = 0; s < 80; s++) {
        String subject = "cust-" + (random.nextInt(80));
        Instant at = T0.plusSeconds(random.nextInt(120));
        for (String purpose : purposes) {
          assertThat(replica.consent(subject, purpose, at))
              .as("seed %d, %s, %s at %s", seed, subject, purpose, at)
              .isEqualTo(store.consent(subject, purpose, at));
        }
        assertThat(replica.optedOut(subject, "sale_or_share", at))
            .as("seed %d, %s opt-out at %s", seed, subject, at)
            .isEqualTo(store.optedOut(subject, "sale_or_share", at));
      }
    }

    assertThat(replica.evictions()).isPositive();
    assertThat(replica.cachedSubjects()).isLessThanOrEqualTo(60);
  }

  @Test
  void concurrentWritersReadersAndEvictions_endInTheStoresState() throws Exception {
    long seed = Long.getLong("proviso.replica.seed", System.nanoTime());
    System.out.println("ConsentReplicaTest concurrency seed: -Dproviso.replica.seed=" + seed);
    DataSource db = TestDatabases.freshH2();
    JdbcConsentLedger store = JdbcConsentLedger.create(db);
    ConsentReplica replica = replica(db, 40); // far fewer than the 60 subjects: evictions race too
    String[] purposes = {EMAIL, "analytics"};
    List<Thread> threads = new ArrayList<>();
    java.util.concurrent.atomic.AtomicBoolean writing =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    java.util.concurrent.ConcurrentLinkedQueue<Throwable> failures =
        new java.util.concurrent.ConcurrentLinkedQueue<>();
    for (int w = 0; w < 4; w++) {
      SplittableRandom random = new SplittableRandom(seed + w);
      boolean throughReplica = w % 2 == 0;
      threads.add(
          new Thread(
              () -> {
                for (int i = 0; i < 150; i++) {
                  ConsentEvent e =
                      ConsentEvent.of(
                          "cust-" + random.nextInt(60),
                          random.nextBoolean()
                              ? ConsentEventKind.GIVEN
                              : ConsentEventKind.WITHDRAWN,
                          purposes[random.nextInt(2)],
                          T0.plusSeconds(random.nextInt(1_000)),
                          "web",
                          "v1");
                  (throughReplica ? replica.ledger() : store).append(e);
                }
              }));
    }
    for (int r = 0; r < 3; r++) {
      SplittableRandom random = new SplittableRandom(seed - r - 1);
      threads.add(
          new Thread(
              () -> {
                while (writing.get()) {
                  replica.consent(
                      "cust-" + random.nextInt(60),
                      purposes[random.nextInt(2)],
                      T0.plusSeconds(500));
                }
              }));
    }
    threads.forEach(
        t -> {
          t.setUncaughtExceptionHandler((thread, e) -> failures.add(e));
          t.start();
        });
    for (Thread t : threads.subList(0, 4)) {
      t.join();
    }
    writing.set(false);
    for (Thread t : threads) {
      t.join();
    }

    assertThat(failures).isEmpty();
    await(
        () -> {
          for (int s = 0; s < 60; s++) {
            for (String purpose : purposes) {
              for (int at = 0; at <= 1_000; at += 125) {
                Instant when = T0.plusSeconds(at);
                String subject = "cust-" + s;
                if (replica.consent(subject, purpose, when)
                    != store.consent(subject, purpose, when)) {
                  return false;
                }
              }
            }
          }
          return true;
        });
    assertThat(replica.evictions()).isPositive();
    assertThat(replica.abandonedPositions()).isZero();
  }

  @Test
  void staleness_storeGoneOnTheRealClock_failsClosedOnceTheBoundPasses() throws Exception {
    DataSource db = TestDatabases.freshH2();
    ConsentReplica replica =
        ConsentReplica.over(JdbcReplicaSource.create(db))
            .maxStaleness(Duration.ofSeconds(1))
            .refreshEvery(Duration.ofMillis(50))
            .build();
    replicas.add(replica);
    replica.ledger().append(ConsentEvent.given("cust-1", EMAIL, T0, "web", "v1"));
    assertThat(replica.consent("cust-1", EMAIL, T0.plusSeconds(1))).isEqualTo(ConsentState.GIVEN);

    try (Connection c = db.getConnection();
        java.sql.Statement s = c.createStatement()) {
      s.execute("SHUTDOWN"); // the next connection finds a new, empty database: every read fails
    }

    // its own load, not only the feed, dates the subject's state: wait for both to pass the bound
    await(() -> !replica.isFresh() && isStale(replica));
    assertThatThrownBy(() -> replica.consent("cust-1", EMAIL, T0.plusSeconds(1)))
        .isInstanceOf(StaleConsentException.class)
        .hasMessageContaining("consent state is stale")
        .hasMessageContaining("beyond its staleness bound of 1000 ms")
        .hasMessageNotContaining("cust-1");
    assertThat(replica.failedRefreshes()).isPositive();
    assertThat(replica.lastFailure())
        .contains("consent store unavailable")
        .doesNotContain("cust-1");
    assertThat(replica.staleness()).isGreaterThan(Duration.ofSeconds(1));
  }

  private static boolean isStale(ConsentReplica replica) {
    try {
      replica.consent("cust-1", EMAIL, T0.plusSeconds(1));
      return false;
    } catch (StaleConsentException e) {
      return true;
    }
  }

  @Test
  void build_refreshNotShorterThanTheBound_isRefused() {
    ConsentReplica.Builder builder =
        ConsentReplica.over(JdbcReplicaSource.create(TestDatabases.freshH2()))
            .maxStaleness(Duration.ofSeconds(1))
            .refreshEvery(Duration.ofSeconds(1));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be shorter than maxStaleness");
  }

  private static void insertRaw(
      Connection c, String subject, ConsentEventKind kind, String name, Instant at)
      throws Exception {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO proviso_consent_event (subject_id, kind, name, event_at, source,"
                + " expires_at, policy_version, recorded_at) VALUES (?,?,?,?,?,NULL,?,?)")) {
      s.setString(1, subject);
      s.setString(2, kind.name());
      s.setString(3, name);
      Jdbc.setInstant(s, 4, at);
      s.setString(5, "web");
      s.setString(6, "v1");
      Jdbc.setInstant(s, 7, at);
      s.executeUpdate();
    }
  }

  private static void await(BooleanSupplier condition) {
    Await.until(condition, Duration.ofSeconds(30));
  }
}
