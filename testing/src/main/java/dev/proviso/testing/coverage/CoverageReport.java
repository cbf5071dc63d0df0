package dev.proviso.testing.coverage;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Rule coverage of one policy: rules that matched at least once, and {@code when}/{@code unless}
 * branches (true and false) seen. Render with {@link #toText()} or {@link #toJson()}; enforce with
 * {@link #violations(CoverageThreshold)}.
 */
public record CoverageReport(String policyName, int policyVersion, List<RuleCoverage> rules) {

  public CoverageReport {
    Objects.requireNonNull(policyName, "policyName");
    rules = List.copyOf(rules);
  }

  public int ruleCount() {
    return rules.size();
  }

  public int matchedRules() {
    return (int) rules.stream().filter(RuleCoverage::matched).count();
  }

  public int branchCount() {
    return rules.stream().mapToInt(RuleCoverage::branches).sum();
  }

  public int coveredBranches() {
    return rules.stream().mapToInt(RuleCoverage::coveredBranches).sum();
  }

  /** Matched rules / rules, 1.0 for a policy without rules. */
  public double ruleRatio() {
    return ratio(matchedRules(), ruleCount());
  }

  /** Covered branches / branches, 1.0 for a policy without conditions. */
  public double branchRatio() {
    return ratio(coveredBranches(), branchCount());
  }

  /** Rules that never matched, in source order. */
  public List<RuleCoverage> uncoveredRules() {
    return rules.stream().filter(r -> !r.matched()).toList();
  }

  /** What falls short of {@code threshold}, in words; empty when it is met. */
  public List<String> violations(CoverageThreshold threshold) {
    return threshold.violations(this);
  }

  /**
   * A summary for a person, e.g.
   *
   * <pre>
   * rule coverage of policy "shop" v3: 7/9 rules matched (77.8%), 5/8 branches (62.5%)
   * rules never matched:
   *   shop.policy:20  deny any for marketing (regime gdpr)
   * branches never seen:
   *   shop.policy:20  when true
   * </pre>
   */
  public String toText() {
    return CoverageText.of(this);
  }

  /** The same as JSON, for tools and CI dashboards. */
  public String toJson() {
    return CoverageJson.of(this);
  }

  /**
   * The same as an LCOV tracefile, for coverage tools; {@code path} turns a rule's file name (as
   * the compiler names it, relative to the root policy's directory) into the path to write.
   *
   * <pre>{@code
   * String lcov = coverage.report().toLcov(file -> "policies/" + file);
   * }</pre>
   */
  public String toLcov(java.util.function.UnaryOperator<String> path) {
    return CoverageLcov.of(this, path);
  }

  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }
}
