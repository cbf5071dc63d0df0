package dev.proviso.erasure;

import java.time.Instant;
import java.util.Objects;

/**
 * Why and until when an item is kept after an erasure request.
 *
 * @param ruleId the retention rule's id, as the policy names it
 * @param purpose the only purpose the item may still be used for
 * @param because the rule's {@code because}, or a generated reason naming the rule
 * @param until when the retention ends and the sweep erases the item
 * @param policyVersion the policy version that decided this retention ({@link
 *     RetentionPlanner#versionOf}), or empty when journaled before versions were recorded
 * @param basis the regime (body of law) whose rule keeps the item, or empty for a rule outside any
 *     regime
 */
public record Retention(
    String ruleId,
    String purpose,
    String because,
    Instant until,
    String policyVersion,
    String basis) {
  public Retention {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(because, "because");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(policyVersion, "policyVersion");
    Objects.requireNonNull(basis, "basis");
  }

  /** A retention of an unknown policy version outside any regime. */
  public Retention(String ruleId, String purpose, String because, Instant until) {
    this(ruleId, purpose, because, until, "", "");
  }

  /** This retention, ending at {@code newUntil} instead. */
  Retention until(Instant newUntil) {
    return new Retention(ruleId, purpose, because, newUntil, policyVersion, basis);
  }
}
