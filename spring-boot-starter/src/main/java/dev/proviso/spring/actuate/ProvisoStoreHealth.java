package dev.proviso.spring.actuate;

import dev.proviso.consent.ConsentLedger;
import dev.proviso.erasure.ErasureJournal;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code proviso} health: UP when the consent ledger and the erasure journal both answer a probe
 * question (the history of a subject id, and a request id, no one has), DOWN naming the store and
 * the exception class otherwise. A store's own message is left out: drivers put values in it.
 */
final class ProvisoStoreHealth implements HealthIndicator {
  /** An id no application gives a subject; the probe reads, never writes. */
  static final String PROBE = "proviso-health-probe";

  private final ConsentLedger ledger;
  private final ErasureJournal journal;

  ProvisoStoreHealth(ConsentLedger ledger, ErasureJournal journal) {
    this.ledger = ledger;
    this.journal = journal;
  }

  @Override
  public Health health() {
    Health.Builder health = Health.up();
    boolean up = probe(health, "consentLedger", () -> ledger.history(PROBE));
    up &= probe(health, "erasureJournal", () -> journal.request(PROBE));
    return (up ? health : health.down()).build();
  }

  private static boolean probe(Health.Builder health, String store, Runnable question) {
    long start = System.nanoTime();
    try {
      question.run();
      health.withDetail(store, "UP (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
      return true;
    } catch (RuntimeException e) {
      health.withDetail(store, "DOWN (" + e.getClass().getName() + ")");
      return false;
    }
  }
}
