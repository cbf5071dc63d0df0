package dev.proviso.testing.coverage;

import dev.proviso.model.RuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the tests exercised of one rule. A rule with {@code when} has two branches (true, false),
 * one with {@code unless} two more; an unconditional rule has none.
 *
 * @param rule the rule as declared
 * @param matches how often the rule matched
 * @param errors how often one of its conditions could not be evaluated
 */
public record RuleCoverage(
    RuleDefinition rule,
    int matches,
    boolean whenTrue,
    boolean whenFalse,
    boolean unlessTrue,
    boolean unlessFalse,
    int errors) {

  public RuleCoverage {
    Objects.requireNonNull(rule, "rule");
  }

  public boolean matched() {
    return matches > 0;
  }

  public int branches() {
    return (rule.when().isPresent() ? 2 : 0) + (rule.unless().isPresent() ? 2 : 0);
  }

  public int coveredBranches() {
    return branches() - missedBranches().size();
  }

  /** The branches never seen, e.g. {@code [when false, unless true]}. */
  public List<String> missedBranches() {
    List<String> missed = new ArrayList<>();
    if (rule.when().isPresent()) {
      addIfMissed(missed, whenTrue, "when true");
      addIfMissed(missed, whenFalse, "when false");
    }
    if (rule.unless().isPresent()) {
      addIfMissed(missed, unlessTrue, "unless true");
      addIfMissed(missed, unlessFalse, "unless false");
    }
    return missed;
  }

  private static void addIfMissed(List<String> missed, boolean seen, String branch) {
    if (!seen) {
      missed.add(branch);
    }
  }
}
