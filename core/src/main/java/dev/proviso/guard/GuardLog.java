package dev.proviso.guard;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.log.DecisionEvent;
import dev.proviso.log.DecisionLog;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How a guard reports to its decision log: every decision (best effort: a failing log never fails a
 * decision), the record an {@code audit} obligation requires (or the use is refused), and uses
 * refused before anything was decided.
 */
final class GuardLog {
  private final DecisionLog log;
  private final String component;
  private final AtomicLong failures = new AtomicLong();

  GuardLog(DecisionLog log, String component) {
    this.log = log;
    this.component = component;
  }

  long failures() {
    return failures.get();
  }

  /**
   * Reports a decision; {@code refusal} says why an allowed use was refused anyway, or is empty.
   */
  Decision logged(Request request, Decision decision, String refusal) {
    if (log != DecisionLog.NONE) {
      append(DecisionEvent.of(request, decision, component, refusal));
    }
    return decision;
  }

  /** Writes the record an {@code audit} obligation requires; refuses the use when it cannot. */
  void record(ObligationContext use) {
    if (log == DecisionLog.NONE) {
      throw use.refusal(
          "audit",
          "the guard has no decision log to record the use in; configure"
              + " Guard.builder(...).decisionLog(log)");
    }
    try {
      log.appendRequired(DecisionEvent.of(use.request(), use.decision(), component, ""));
    } catch (RuntimeException e) {
      failures.incrementAndGet();
      throw use.refusal(
          "audit",
          "the decision log did not take the record (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }

  /**
   * Reports a use refused before it was decided because {@code why} (an unknown purpose or category
   * name: the message names only policy vocabulary), then hands {@code why} back to throw.
   */
  <E extends RuntimeException> E refused(
      Policy policy, Subject subject, String purpose, List<String> categories, Instant at, E why) {
    if (log != DecisionLog.NONE) {
      append(
          DecisionEvent.refused(
              at,
              subject.id(),
              categories,
              purpose,
              policy.name(),
              policy.version(),
              policy.contentHash(),
              component,
              why.getMessage()));
    }
    return why;
  }

  private void append(DecisionEvent event) {
    try {
      log.append(event);
    } catch (RuntimeException e) {
      failures.incrementAndGet(); // a broken log never breaks a decision
    }
  }
}
