package dev.proviso.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.jdbc.JdbcErasureJournal;
import dev.proviso.jdbc.TestDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Two coordinators resume the same interrupted request at the same moment, 100 times: the erase
 * must happen exactly once per request (before the journal's claim, 100 of 100 trials erased
 * twice).
 */
class RacingCoordinatorsTest {
  private static final int TRIALS = 100;

  @Test
  void resume_twoCoordinatorsOnThreads_inMemoryJournal_eraseExactlyOncePerRequest()
      throws Exception {
    race(InMemoryErasureJournal::new);
  }

  @Test
  void resume_twoCoordinatorsOnThreads_h2Journal_eraseExactlyOncePerRequest() throws Exception {
    race(() -> JdbcErasureJournal.create(TestDatabases.freshH2()));
  }

  @Test
  void resume_twoCoordinatorsOnThreads_postgresJournal_eraseExactlyOncePerRequest()
      throws Exception {
    race(() -> JdbcErasureJournal.create(TestDatabases.freshPostgres()));
  }

  private static void race(Supplier<ErasureJournal> journals) throws Exception {
    ErasureJournal journal = journals.get();
    CountingSystem system = new CountingSystem();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    AtomicInteger conflicts = new AtomicInteger();
    try {
      for (int i = 0; i < TRIALS; i++) {
        String request = "r-" + i;
        interrupted(journal, request, "cust-" + i);
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<?>> both =
            List.of(
                threads.submit(() -> resume(journal, system, request, start, conflicts)),
                threads.submit(() -> resume(journal, system, request, start, conflicts)));
        for (Future<?> f : both) {
          f.get();
        }
        assertThat(system.erases("cust-" + i)).as("erase calls for " + request).isEqualTo(1);
        assertThat(coordinator(journal, system).receipt(request).complete()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(system.totalErases()).isEqualTo(TRIALS);
  }

  /** Leaves the request planned and with its erase started, as a crash mid-erase would. */
  private static void interrupted(ErasureJournal journal, String request, String subject) {
    CountingSystem down = new CountingSystem();
    down.available = false;
    coordinator(journal, down).submit(request, subject);
  }

  private static Void resume(
      ErasureJournal journal,
      CountingSystem system,
      String request,
      CyclicBarrier start,
      AtomicInteger conflicts)
      throws Exception {
    ErasureCoordinator coordinator = coordinator(journal, system);
    start.await();
    try {
      coordinator.resume(request);
    } catch (JournalConflictException lostTheRace) {
      conflicts.incrementAndGet();
    }
    return null;
  }

  private static ErasureCoordinator coordinator(ErasureJournal journal, DataSystem system) {
    return new ErasureCoordinator(journal, ShopFixture.PLANNER, List.of(system), ShopFixture.CLOCK);
  }

  /** One erasable item per subject; counts erase calls and holds each for a moment. */
  private static final class CountingSystem implements DataSystem {
    private final Map<String, AtomicInteger> erases = new ConcurrentHashMap<>();
    volatile boolean available = true;

    @Override
    public String name() {
      return "crm";
    }

    @Override
    public List<HeldItem> holdings(String subjectId) {
      return List.of(
          new HeldItem("c-1", "contact.email", "a@x.eu", Map.of(), java.util.Optional.empty()));
    }

    @Override
    public void erase(String subjectId, List<ItemRef> items) {
      if (!available) {
        throw new IllegalStateException("crm is down");
      }
      erases.computeIfAbsent(subjectId, s -> new AtomicInteger()).incrementAndGet();
      try {
        Thread.sleep(2); // widen the window in which a second coordinator could act
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void restrict(String subjectId, ItemRef item, String purpose, Instant until) {}

    int erases(String subjectId) {
      AtomicInteger n = erases.get(subjectId);
      return n == null ? 0 : n.get();
    }

    int totalErases() {
      return erases.values().stream().mapToInt(AtomicInteger::get).sum();
    }
  }
}
