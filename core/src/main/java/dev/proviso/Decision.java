package dev.proviso;

import java.util.List;

/**
 * The answer to a {@link Request}: outcome, combined obligations, the rules that decided, advice
 * from advisory rules, the deciding policy's identity, and an explanation built on request.
 */
public final class Decision {
  private Decision() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  public Outcome outcome() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  public boolean allowed() {
    return outcome() == Outcome.ALLOW;
  }

  /** Obligations of every matching allow rule (union; the latest not_before wins). */
  public List<Obligation> obligations() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  /** Ids ({@code file:line}) of the rules that decided: the matching denies, or the allows. */
  public List<String> ruleIds() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  /** Advice from matching advisory rules; never changes the outcome. */
  public List<String> advice() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  public String policyName() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  public int policyVersion() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  public String policyHash() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  /** Every rule that fired with file:line and because text; why a default deny; what failed. */
  public Explanation explanation() {
    throw new IllegalStateException("ENGINE PENDING");
  }
}
