package dev.proviso.erasure;

import java.time.Instant;
import java.util.List;

/**
 * What an erasure request did, for the customer and for audit: what was erased where, what was
 * retained, why and until when, which systems are still pending, and the notice that engaging again
 * creates a new customer record, every attempt per system (failed ones included, after the system
 * finally succeeded) and every re-plan of a retention under a new policy version. Built from the
 * journal alone; holds no data values.
 *
 * <pre>{@code
 * ErasureReceipt receipt = coordinator.submit("ticket-981", "cust-42");
 * String json = ErasureReceiptJson.render(receipt); // proviso-jackson
 * }</pre>
 *
 * @param completedAt when every system was done, or null while systems are pending
 */
public record ErasureReceipt(
    String requestId,
    String subjectId,
    Instant acceptedAt,
    boolean complete,
    Instant completedAt,
    List<Erased> erased,
    List<Retained> retained,
    List<Pending> pending,
    String notice,
    List<Attempt> attempts,
    List<Replanned> replanned) {

  /** Opens the notice of a complete request. */
  public static final String DONE_NOTICE =
      "Your data has been erased from every system listed, except the records the law requires us"
          + " to keep, which are restricted to that purpose and erased when the period ends.";

  /** Opens the notice while systems are pending. */
  public static final String IN_PROGRESS_NOTICE =
      "Your erasure request is accepted and your data is no longer used, except for the purposes"
          + " listed as retained. The systems listed as pending are erased as soon as they are"
          + " reachable again.";

  /** Ends every notice. */
  public static final String NEW_RECORD_NOTICE =
      "If you engage with us again (an order, a sign-up, a support request), a new customer"
          + " record will be created; it is not linked to the erased one.";

  public ErasureReceipt {
    erased = List.copyOf(erased);
    retained = List.copyOf(retained);
    pending = List.copyOf(pending);
    attempts = List.copyOf(attempts);
    replanned = List.copyOf(replanned);
  }

  /**
   * Items of one category erased from one system.
   *
   * @param note why items a retention names were erased anyway, or null
   */
  public record Erased(String system, String category, int items, Instant at, String note) {}

  /**
   * One item kept under a retention rule.
   *
   * <p>After a re-plan it shows the retention as the newest policy version decided it; when that
   * version no longer kept the item, the last retention it was kept under, with {@code erasedAt}.
   *
   * @param erasedAt when the sweep erased it after its period ended, or null while kept
   * @param policyVersion the policy version that decided the retention (empty if unrecorded)
   * @param basis the regime whose rule keeps it, or empty for a rule outside any regime
   */
  public record Retained(
      String system,
      String category,
      String item,
      String purpose,
      String rule,
      String because,
      Instant until,
      Instant erasedAt,
      String policyVersion,
      String basis) {}

  /**
   * One attempt to take a system through the request (or a sweep), in order per system.
   *
   * @param number 1 for the first attempt at the system, counting up with every retry
   * @param error why it failed, or null when it succeeded
   */
  public record Attempt(String system, int number, Instant at, boolean succeeded, String error) {}

  /**
   * A retained item planned again under a new policy version.
   *
   * @param toRule the rule that keeps it now, or null when the new version no longer keeps it and
   *     it is erased
   * @param toUntil its new end, or null when it is erased
   * @param note why it is no longer kept, or null
   */
  public record Replanned(
      String system,
      String category,
      String item,
      Instant at,
      String fromPolicyVersion,
      String toPolicyVersion,
      String fromRule,
      String toRule,
      Instant fromUntil,
      Instant toUntil,
      String note) {}

  /** A system not yet done: how often it failed and the last error. */
  public record Pending(String system, int failedAttempts, String lastError) {}
}
