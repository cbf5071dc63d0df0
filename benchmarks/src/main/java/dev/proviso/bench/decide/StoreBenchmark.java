package dev.proviso.bench.decide;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentLedger;
import dev.proviso.consent.ConsentView;
import dev.proviso.consent.ErasureRequests;
import dev.proviso.consent.InMemoryConsentLedger;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.erasure.InMemoryErasureJournal;
import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.jdbc.JdbcErasureJournal;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
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
 * One GDPR consent decision (an EU customer who gave consent to email marketing, asked about {@code
 * contact.email} for {@code marketing.email}) with its consent from where it lives: the in-memory
 * ledger and journal, the JDBC ledger on H2 in-process (a pooled in-memory database, so each op
 * pays the JDBC round trips but no network), and the JDBC ledger plus the JDBC erasure journal.
 * Every op includes the store's answers to the erasure and consent questions. All three give the
 * same allow on the same event history before anything is timed. (The incremental replica over the
 * JDBC ledger, issue 17 item 3, is built on another branch and is not measured here.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class StoreBenchmark {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  private Policy policy;
  private Request request;
  private JdbcConnectionPool pool;
  private ConsentView inMemory;
  private ConsentView jdbcLedger;
  private ConsentView jdbcLedgerAndJournal;

  @Setup(Level.Trial)
  public void setUp() {
    policy =
        Policy.from(
            PolicyCompiler.compileString("shop.policy", ShopScenarios.POLICY).modelOrThrow());
    Subject eu = Subject.builder("eu-1").set("region", "EU").set("age", 30).build();
    request =
        Request.of(eu, policy.category("contact.email"), policy.purpose("marketing.email"), NOW);
    ConsentEvent given =
        ConsentEvent.given("eu-1", "marketing.email", NOW.minusSeconds(86_400), "web", "3");
    InMemoryConsentLedger memory = new InMemoryConsentLedger();
    memory.append(given);
    inMemory = memory.view(new InMemoryErasureJournal());
    pool = JdbcConnectionPool.create("jdbc:h2:mem:store-bench;DB_CLOSE_DELAY=-1", "sa", "");
    ConsentLedger jdbc = JdbcConsentLedger.create(pool);
    jdbc.append(given);
    jdbcLedger = jdbc.view(ErasureRequests.NONE);
    jdbcLedgerAndJournal = jdbc.view(JdbcErasureJournal.create(pool));
    for (ConsentView view : new ConsentView[] {inMemory, jdbcLedger, jdbcLedgerAndJournal}) {
      if (!policy.decide(request, view).allowed()) {
        throw new IllegalStateException("the stores disagree: consent given must allow");
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.dispose();
  }

  @Benchmark
  public Decision inMemoryLedger() {
    return policy.decide(request, inMemory);
  }

  @Benchmark
  public Decision jdbcLedgerOnH2() {
    return policy.decide(request, jdbcLedger);
  }

  @Benchmark
  public Decision jdbcLedgerAndJournalOnH2() {
    return policy.decide(request, jdbcLedgerAndJournal);
  }
}
