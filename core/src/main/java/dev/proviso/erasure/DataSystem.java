package dev.proviso.erasure;

import java.time.Instant;
import java.util.List;

/**
 * A system that holds customer data (CRM, email platform, warehouse, invoicing), as the erasure
 * coordinator and access report see it.
 *
 * <p>{@link #erase} and {@link #restrict} must be idempotent: after a crash the coordinator repeats
 * the one step that was in flight, with the same items. Erasing an item that is already gone does
 * nothing. Any runtime exception means "system unavailable": the coordinator journals it, reports
 * the system as pending and retries later.
 *
 * <pre>{@code
 * coordinator =
 *     new ErasureCoordinator(journal, planner, List.of(crm, mailer, invoices), Clock.systemUTC());
 * }</pre>
 */
public interface DataSystem {

  /** A stable name, used in the journal and receipts. */
  String name();

  /** Everything held about the subject, one item per (record, category). */
  List<HeldItem> holdings(String subjectId);

  /** Erases these items of the subject; items already erased are skipped. */
  void erase(String subjectId, List<ItemRef> items);

  /** Restricts an item to {@code purpose} until {@code until}; repeating it changes nothing. */
  void restrict(String subjectId, ItemRef item, String purpose, Instant until);
}
