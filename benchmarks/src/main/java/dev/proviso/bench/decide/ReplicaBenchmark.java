package dev.proviso.bench.decide;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentView;
import dev.proviso.consent.InMemoryConsentLedger;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.erasure.InMemoryErasureJournal;
import dev.proviso.jdbc.JdbcReplicaSource;
import dev.proviso.replica.ConsentReplica;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The GDPR consent-conditioned decision of {@link ShopScenarios} with its consent and erasure state
 * from: the {@link ConsentReplica} over the JDBC ledger and journal (a hit, and a miss: a subject
 * not cached, one query), the in-memory ledger and journal, and straight on JDBC (two queries per
 * decision). All on an in-memory H2 database, so the JDBC cases are the floor of what a networked
 * database costs. Run with {@code -prof gc} for B/op; the hit must show 0.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReplicaBenchmark {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final int MISS_SUBJECTS = 20_000;
  private static final int MISS_CAPACITY = 1_000; // far below the cycle: every miss request misses

  private Policy policy;
  private Request consentConditioned;
  private Request[] uncached;
  private int next;
  private ConsentReplica replica;
  private ConsentReplica smallReplica;
  private ConsentView inMemory;
  private ConsentView jdbc;

  @Setup(Level.Trial)
  public void setUp() {
    policy =
        Policy.from(
            PolicyCompiler.compileString("shop.policy", ShopScenarios.POLICY).modelOrThrow());
    Instant now = Instant.parse("2026-11-23T12:00:00Z");
    Subject eu = Subject.builder("eu-1").set("region", "EU").set("age", 30).build();
    consentConditioned =
        Request.of(eu, policy.category("contact.email"), policy.purpose("marketing.email"), now);
    uncached = new Request[MISS_SUBJECTS];
    for (int i = 0; i < MISS_SUBJECTS; i++) {
      Subject s = Subject.builder("eu-miss-" + i).set("region", "EU").set("age", 30).build();
      uncached[i] =
          Request.of(s, policy.category("contact.email"), policy.purpose("marketing.email"), now);
    }
    ConsentEvent given =
        ConsentEvent.given("eu-1", "marketing.email", now.minusSeconds(3600), "web", "v3");

    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:replica-bench" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    JdbcReplicaSource source = JdbcReplicaSource.create(db);
    // No poll during the measurement: -prof gc counts every thread's allocation, and the refresh
    // threads' queries would be divided over the hits. Both replicas caught up when built.
    replica = quiet(ConsentReplica.over(source)).build();
    smallReplica = quiet(ConsentReplica.over(source)).capacity(MISS_CAPACITY).build();
    replica.ledger().append(given);
    jdbc = source.ledger().view(source.journal());

    InMemoryConsentLedger ledger = new InMemoryConsentLedger();
    ledger.append(given);
    inMemory = ledger.view(new InMemoryErasureJournal());

    for (ConsentView view : new ConsentView[] {replica, inMemory, jdbc}) {
      if (!policy.decide(consentConditioned, view).allowed()) {
        throw new IllegalStateException("consent not seen through " + view);
      }
    }
    if (policy.decide(uncached[0], smallReplica).allowed()) {
      throw new IllegalStateException("a subject without consent was allowed");
    }
  }

  private static ConsentReplica.Builder quiet(ConsentReplica.Builder builder) {
    return builder.refreshEvery(Duration.ofMinutes(30)).maxStaleness(Duration.ofHours(1));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    replica.close();
    smallReplica.close();
  }

  @Benchmark
  public Decision replicaHit() {
    return policy.decide(consentConditioned, replica);
  }

  @Benchmark
  public Decision inMemoryLedger() {
    return policy.decide(consentConditioned, inMemory);
  }

  @Benchmark
  public Decision straightOnJdbc() {
    return policy.decide(consentConditioned, jdbc);
  }

  /** A subject the replica does not hold: one load query, an install, and now and then a sweep. */
  @Benchmark
  public Decision replicaMiss() {
    int i = next;
    next = i == MISS_SUBJECTS - 1 ? 0 : i + 1;
    return policy.decide(uncached[i], smallReplica);
  }
}
