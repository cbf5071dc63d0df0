package dev.proviso.testing.coverage;

import dev.proviso.engine.ConditionText;
import dev.proviso.model.RuleDefinition;
import java.util.List;

/** Renders a {@link CoverageReport} for a person. */
final class CoverageText {
  private CoverageText() {}

  static String of(CoverageReport report) {
    StringBuilder text =
        new StringBuilder("rule coverage of policy \"")
            .append(report.policyName())
            .append("\" v")
            .append(report.policyVersion())
            .append(": ")
            .append(report.matchedRules())
            .append('/')
            .append(report.ruleCount())
            .append(" rules matched (")
            .append(CoverageReport.percent(report.ruleRatio()))
            .append("), ")
            .append(report.coveredBranches())
            .append('/')
            .append(report.branchCount())
            .append(" branches (")
            .append(CoverageReport.percent(report.branchRatio()))
            .append(")");
    List<RuleCoverage> uncovered = report.uncoveredRules();
    if (!uncovered.isEmpty()) {
      text.append("\nrules never matched:");
      uncovered.forEach(
          r -> text.append("\n  ").append(where(r.rule())).append("  ").append(describe(r.rule())));
    }
    List<RuleCoverage> partial =
        report.rules().stream().filter(r -> !r.missedBranches().isEmpty()).toList();
    if (!partial.isEmpty()) {
      text.append("\nbranches never seen:");
      partial.forEach(
          r ->
              text.append("\n  ")
                  .append(where(r.rule()))
                  .append("  ")
                  .append(String.join(", ", r.missedBranches())));
    }
    return text.toString();
  }

  /** {@code shop.policy:14}, or {@code email_marketing (shop.policy:14)} for a named rule. */
  private static String where(RuleDefinition rule) {
    String at = rule.location().fileAndLine();
    return rule.id().equals(at) ? at : rule.id() + " (" + at + ")";
  }

  /** E.g. {@code deny any for marketing when subject.age < 16 (regime gdpr)}. */
  static String describe(RuleDefinition rule) {
    return (rule.advisory() ? "advisory " : "")
        + ConditionText.summary(rule)
        + rule.regime().map(r -> " (regime " + r + ")").orElse(" (top level)");
  }
}
