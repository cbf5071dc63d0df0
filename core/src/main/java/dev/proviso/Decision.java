package dev.proviso;

import java.util.List;
import java.util.function.Supplier;

/**
 * The answer to a {@link Request}: outcome, combined obligations, the rules that decided, advice
 * from advisory rules, the deciding policy's identity, and an explanation built on request.
 * Immutable; common decisions are preallocated and shared.
 *
 * <pre>{@code
 * Decision d = policy.decide(request, consents);
 * if (d.allowed()) { ... } else { System.err.println(d.explanation()); } // then d.obligations()
 * }</pre>
 */
public final class Decision {
  private final Policy policy;
  private final Outcome outcome;
  private final List<Obligation> obligations;
  private final List<String> ruleIds;
  private final List<String> advice;
  private final Supplier<Explanation> explainer;
  private Explanation explanation; // built lazily; racy but idempotent and immutable

  /** What a fast-path decision was made of (null for decisions of the general path). */
  final KeyedDecisions.Basis basis;

  /** Decisions joined with this one for multi-category requests, keyed by the other part. */
  volatile FastPath.Join[] joins = FastPath.NO_JOINS;

  /** Variants of this fast-path decision that list withheld consents, by what was read. */
  volatile KeyedDecisions.Kept[] kept = KeyedDecisions.NOTHING_KEPT;

  Decision(
      Policy policy,
      Outcome outcome,
      List<Obligation> obligations,
      List<String> ruleIds,
      List<String> advice,
      Supplier<Explanation> explainer) {
    this(policy, outcome, obligations, ruleIds, advice, explainer, null);
  }

  Decision(
      Policy policy,
      Outcome outcome,
      List<Obligation> obligations,
      List<String> ruleIds,
      List<String> advice,
      Supplier<Explanation> explainer,
      KeyedDecisions.Basis basis) {
    this.basis = basis;
    this.policy = policy;
    this.outcome = outcome;
    this.obligations = List.copyOf(obligations);
    this.ruleIds = List.copyOf(ruleIds);
    this.advice = List.copyOf(advice);
    this.explainer = explainer;
  }

  public Outcome outcome() {
    return outcome;
  }

  public boolean allowed() {
    return outcome == Outcome.ALLOW;
  }

  /**
   * Obligations of every matching allow rule over all requested categories (union; the latest
   * not_before wins). In source order of the rules, {@link Obligation.NotBefore} last. Empty on
   * DENY.
   */
  public List<Obligation> obligations() {
    return obligations;
  }

  /**
   * Ids ({@code file:line}) of the rules that decided, in source order: on DENY every matching
   * deny, on ALLOW every matching allow; empty for a default deny or a restriction.
   */
  public List<String> ruleIds() {
    return ruleIds;
  }

  /** Advice ({@code rule id: because}) from matching advisory rules; never changes the outcome. */
  public List<String> advice() {
    return advice;
  }

  public String policyName() {
    return policy.name();
  }

  public int policyVersion() {
    return policy.version();
  }

  public String policyHash() {
    return policy.contentHash();
  }

  /** Every rule that fired with file:line and because text; why a default deny; what failed. */
  public Explanation explanation() {
    Explanation e = explanation;
    if (e == null) {
      e = explainer.get();
      explanation = e;
    }
    return e;
  }

  @Override
  public String toString() {
    return "Decision[" + outcome + " " + ruleIds + " " + obligations + "]";
  }
}
