package dev.proviso.erasure;

import static dev.proviso.erasure.ShopFixture.NOW;
import static dev.proviso.erasure.ShopFixture.SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random shops (3–5 systems, random records and invoice dates) erased through random outages and
 * crashes at random journal appends: every run must end complete, keep exactly the invoices whose
 * ten years have not passed, and erase every other item exactly once. Replay with {@code
 * -Dproviso.seed=<seed>} (printed).
 */
class ErasureRandomTest {
  private static final String[] CATEGORIES = {
    "contact.email", "behavior.browsing", "financial.invoice"
  };

  @TestFactory
  Stream<DynamicTest> randomOutagesAndCrashes_endCompleteKeepingOnlyInvoicesInForce() {
    long seed = Long.getLong("proviso.seed", new Random().nextLong());
    System.out.println("ErasureRandomTest seed " + seed + " (replay: -Dproviso.seed=" + seed + ")");
    return IntStream.range(0, 40)
        .mapToObj(
            i ->
                DynamicTest.dynamicTest(
                    "seed " + seed + " scenario " + i, () -> run(new Random(seed + i))));
  }

  private static void run(Random random) {
    List<InMemoryDataSystem> systems = new ArrayList<>();
    List<ItemRef> erasable = new ArrayList<>();
    List<ItemRef> kept = new ArrayList<>();
    int count = 3 + random.nextInt(3);
    for (int s = 0; s < count; s++) {
      InMemoryDataSystem system = new InMemoryDataSystem("sys" + s);
      for (int k = random.nextInt(5); k > 0; k--) {
        String key = "r" + s + "-" + k;
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        Instant issued = Instant.parse((2010 + random.nextInt(17)) + "-06-01T00:00:00Z");
        system.put(SUBJECT, key, Map.of(category, "v"), Map.of("invoice_issued", issued));
        boolean inForce =
            category.equals("financial.invoice")
                && issued.atOffset(ZoneOffset.UTC).plusYears(10).toInstant().isAfter(NOW);
        (inForce ? kept : erasable).add(new ItemRef(key, category));
      }
      system.put("someone-else", "x" + s, Map.of("contact.email", "other"), Map.of());
      systems.add(system);
    }
    List<DataSystem> registered = List.copyOf(systems);
    InMemoryErasureJournal journal = new InMemoryErasureJournal();

    for (int round = 0; round < 6; round++) {
      systems.forEach(s -> s.setAvailable(random.nextInt(10) < 6));
      int crashAt = random.nextBoolean() ? 1 + random.nextInt(8) : Integer.MAX_VALUE;
      CrashingJournal.When when = CrashingJournal.When.values()[random.nextInt(2)];
      ErasureCoordinator c =
          new ErasureCoordinator(
              new CrashingJournal(journal, crashAt, when),
              ShopFixture.PLANNER,
              registered,
              ShopFixture.CLOCK);
      try {
        if (round == 0) {
          c.submit("ticket-1", SUBJECT);
        } else {
          c.resumeAll();
        }
      } catch (CrashingJournal.Crash crash) {
        // the process died; the next round is a new process
      }
    }
    systems.forEach(s -> s.setAvailable(true));
    ErasureCoordinator last =
        new ErasureCoordinator(journal, ShopFixture.PLANNER, registered, ShopFixture.CLOCK);
    last.resumeAll();
    ErasureReceipt receipt = last.receipt("ticket-1");

    assertThat(receipt.complete()).isTrue();
    assertThat(receipt.retained())
        .extracting(r -> new ItemRef(r.item(), r.category()))
        .containsExactlyInAnyOrderElementsOf(kept);
    List<ItemRef> remaining = new ArrayList<>();
    for (InMemoryDataSystem s : systems) {
      s.holdings(SUBJECT)
          .forEach(
              i -> {
                remaining.add(i.ref());
                assertThat(i.restrictedTo()).contains("legal.tax_records");
              });
      assertThat(s.holdings("someone-else")).hasSize(1);
    }
    assertThat(remaining).containsExactlyInAnyOrderElementsOf(kept);
    for (ItemRef item : erasable) {
      int erasures = systems.stream().mapToInt(s -> s.effectiveErasures(item)).sum();
      assertThat(erasures).as("erasures of " + item).isEqualTo(1);
    }
  }
}
