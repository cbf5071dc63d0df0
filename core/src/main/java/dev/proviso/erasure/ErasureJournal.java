package dev.proviso.erasure;

import dev.proviso.consent.ErasureRequests;
import java.util.List;
import java.util.Optional;

/**
 * The durable, append-only record of erasure requests and every step taken for them. It is also the
 * authority on when a subject became restricted ({@link #erasureRequested}), so it plugs into the
 * engine through {@code ledger.view(journal)}.
 *
 * <pre>{@code
 * ErasureJournal journal = JdbcErasureJournal.create(dataSource); // proviso-jdbc
 * ConsentView view = consentLedger.view(journal);
 * }</pre>
 */
public interface ErasureJournal extends ErasureRequests {

  /**
   * Records the request durably, or returns the one already recorded under its id. Throws
   * IllegalArgumentException if that id was used for another subject.
   */
  ErasureRequest accept(ErasureRequest request);

  Optional<ErasureRequest> request(String requestId);

  /** Every request, oldest first. */
  List<ErasureRequest> requests();

  /** The request's entries in order. */
  List<JournalEntry> entries(String requestId);

  /**
   * Appends durably. Throws {@link JournalConflictException} when {@code entry.seq()} is already
   * taken.
   */
  void append(JournalEntry entry);

  /**
   * Claims the request for one coordinator until the claim is closed, or returns empty when another
   * coordinator holds it. A coordinator runs a request only under its claim and reads the journal
   * after taking it, so at most one coordinator touches a system for a given step. A claim must end
   * by itself when its holder dies (a JDBC journal holds a row lock in an open transaction,
   * released when the connection drops), so a crashed coordinator never blocks the request's
   * resumption.
   */
  Optional<Claim> tryClaim(String requestId);

  /** A held claim on one request ({@link #tryClaim}); closing it releases the request. */
  interface Claim extends AutoCloseable {
    @Override
    void close();
  }
}
