package dev.proviso.erasure;

import static dev.proviso.erasure.ShopFixture.SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.jdbc.JdbcErasureJournal;
import dev.proviso.jdbc.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Crashes the coordinator at every journal append (before and after the write is durable), resumes
 * in a fresh coordinator, and checks the outcome equals an uninterrupted run: nothing lost, nothing
 * erased twice. The scenario covers an outage, a resume and a sweep.
 */
class ErasureCrashTest {
  private static final Clock SWEEP_CLOCK =
      Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);

  /** One phase of the scenario; each is re-run by the recovering process if it crashed. */
  private interface Phase {
    void run(ShopFixture shop, ErasureJournal journal);
  }

  private static final List<Phase> PHASES =
      List.of(
          (shop, journal) -> {
            shop.warehouse.setAvailable(false);
            shop.coordinator(journal).submit("ticket-1", SUBJECT);
          },
          (shop, journal) -> {
            shop.warehouse.setAvailable(true);
            shop.coordinator(journal).resumeAll();
          },
          (shop, journal) -> shop.coordinator(journal, SWEEP_CLOCK).sweep());

  @TestFactory
  Stream<DynamicTest> crashAtEveryJournalStep_inMemoryJournal_resumesToTheUninterruptedOutcome() {
    return crashTests(InMemoryErasureJournal::new);
  }

  @TestFactory
  Stream<DynamicTest> crashAtEveryJournalStep_h2Journal_resumesToTheUninterruptedOutcome() {
    return crashTests(() -> JdbcErasureJournal.create(TestDatabases.freshH2()));
  }

  private Stream<DynamicTest> crashTests(Supplier<ErasureJournal> journals) {
    ShopFixture cleanShop = new ShopFixture();
    ErasureJournal cleanJournal = journals.get();
    CrashingJournal counting = new CrashingJournal(cleanJournal, Integer.MAX_VALUE, null);
    PHASES.forEach(p -> p.run(cleanShop, counting));
    int steps = counting.appends();
    ErasureReceipt expected = cleanShop.coordinator(cleanJournal).receipt("ticket-1");
    assertThat(expected.complete()).isTrue();
    assertThat(expected.retained().get(0).erasedAt()).isNotNull();

    List<DynamicTest> tests = new ArrayList<>();
    for (int k = 1; k <= steps; k++) {
      for (CrashingJournal.When when : CrashingJournal.When.values()) {
        int crashAt = k;
        tests.add(
            DynamicTest.dynamicTest(
                "crash " + when + " append " + k + " of " + steps,
                () -> crashAndResume(journals.get(), crashAt, when, cleanShop, expected)));
      }
    }
    return tests.stream();
  }

  private static void crashAndResume(
      ErasureJournal durable,
      int crashAt,
      CrashingJournal.When when,
      ShopFixture clean,
      ErasureReceipt expected) {
    ShopFixture shop = new ShopFixture();
    CrashingJournal crashing = new CrashingJournal(durable, crashAt, when);
    boolean crashed = false;
    for (Phase phase : PHASES) {
      if (!crashed) {
        try {
          phase.run(shop, crashing);
          continue;
        } catch (CrashingJournal.Crash c) {
          crashed = true; // a new process takes over from the durable journal: redo this phase
        }
      }
      phase.run(shop, durable);
    }
    assertThat(crashed).as("the crash was injected").isTrue();

    ErasureReceipt resumed = new ShopFixture().coordinator(durable).receipt("ticket-1");
    // a redone phase is one more real attempt at a system, so only the attempts may differ
    assertThat(withoutAttempts(resumed)).isEqualTo(withoutAttempts(expected));
    assertThat(resumed.attempts())
        .filteredOn(ErasureReceipt.Attempt::succeeded)
        .extracting(ErasureReceipt.Attempt::system)
        .containsExactlyElementsOf(
            expected.attempts().stream()
                .filter(ErasureReceipt.Attempt::succeeded)
                .map(ErasureReceipt.Attempt::system)
                .toList());
    for (int i = 0; i < shop.systems().size(); i++) {
      DataSystem system = shop.systems().get(i);
      assertThat(system.holdings(SUBJECT))
          .as(system.name())
          .isEqualTo(clean.systems().get(i).holdings(SUBJECT));
    }
    for (Map.Entry<String, List<ItemRef>> e : allItems().entrySet()) {
      InMemoryDataSystem system = system(shop, e.getKey());
      for (ItemRef item : e.getValue()) {
        assertThat(system.effectiveErasures(item)).as(e.getKey() + " " + item).isEqualTo(1);
      }
    }
  }

  private static ErasureReceipt withoutAttempts(ErasureReceipt r) {
    return new ErasureReceipt(
        r.requestId(),
        r.subjectId(),
        r.acceptedAt(),
        r.complete(),
        r.completedAt(),
        r.erased(),
        r.retained(),
        r.pending(),
        r.notice(),
        List.of(),
        r.replanned());
  }

  /**
   * Every item of the subject; in this scenario each is erased exactly once (some by the sweep).
   */
  private static Map<String, List<ItemRef>> allItems() {
    ShopFixture fresh = new ShopFixture();
    Map<String, List<ItemRef>> items = new java.util.LinkedHashMap<>();
    for (DataSystem s : fresh.systems()) {
      items.put(s.name(), s.holdings(SUBJECT).stream().map(HeldItem::ref).toList());
    }
    return items;
  }

  private static InMemoryDataSystem system(ShopFixture shop, String name) {
    return (InMemoryDataSystem)
        shop.systems().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
