package dev.proviso.testing.coverage;

import dev.proviso.Policy;
import dev.proviso.model.RuleDefinition;
import dev.proviso.testing.runner.Decider;
import dev.proviso.trace.RuleEvaluation;
import dev.proviso.trace.RuleListener;
import dev.proviso.trace.Truth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Collects rule coverage over many decisions of one policy: which rules matched and which {@code
 * when}/{@code unless} outcomes were seen. Thread-safe.
 *
 * <pre>{@code
 * CoverageRecorder coverage = new CoverageRecorder(policy);
 * new PolicyTestRunner(policy, coverage.decider()).runAll();
 * policy.decide(request, consents, coverage); // Java tests can add their own decisions
 * System.out.println(coverage.report().toText());
 * }</pre>
 */
public final class CoverageRecorder implements RuleListener {

  /** Mutable tallies for one rule, guarded by the recorder's lock. */
  private static final class Tally {
    int matches;
    int errors;
    boolean whenTrue;
    boolean whenFalse;
    boolean unlessTrue;
    boolean unlessFalse;
  }

  private final Policy policy;
  private final Map<String, Tally> tallies = new LinkedHashMap<>();

  public CoverageRecorder(Policy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    policy.model().rules().forEach(rule -> tallies.put(rule.id(), new Tally()));
  }

  /** A {@link Decider} for the test runner that records into this recorder. */
  public Decider decider() {
    return (request, consents) -> policy.decide(request, consents, this);
  }

  @Override
  public synchronized void evaluated(RuleEvaluation evaluation) {
    Tally tally = tallies.get(evaluation.ruleId());
    if (tally == null) {
      return; // a rule of another policy version: not ours to count
    }
    if (evaluation.matched()) {
      tally.matches++;
    }
    if (evaluation.when() == Truth.ERROR || evaluation.unless() == Truth.ERROR) {
      tally.errors++;
    }
    tally.whenTrue |= evaluation.when() == Truth.TRUE;
    tally.whenFalse |= evaluation.when() == Truth.FALSE;
    tally.unlessTrue |= evaluation.unless() == Truth.TRUE;
    tally.unlessFalse |= evaluation.unless() == Truth.FALSE;
  }

  /** Coverage so far, one entry per rule in source order. */
  public synchronized CoverageReport report() {
    return new CoverageReport(
        policy.name(),
        policy.version(),
        policy.model().rules().stream().map(this::coverage).toList());
  }

  private RuleCoverage coverage(RuleDefinition rule) {
    Tally t = tallies.get(rule.id());
    return new RuleCoverage(
        rule, t.matches, t.whenTrue, t.whenFalse, t.unlessTrue, t.unlessFalse, t.errors);
  }
}
