package dev.proviso.testing.coverage;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimum coverage ratios (0.0 to 1.0) for rules matched and branches seen.
 *
 * <pre>{@code
 * List<String> problems = coverage.report().violations(new CoverageThreshold(1.0, 0.8));
 * }</pre>
 */
public record CoverageThreshold(double minRules, double minBranches) {

  /** No minimum. */
  public static final CoverageThreshold NONE = new CoverageThreshold(0, 0);

  public CoverageThreshold {
    check("minRules", minRules);
    check("minBranches", minBranches);
  }

  List<String> violations(CoverageReport report) {
    List<String> problems = new ArrayList<>();
    if (report.ruleRatio() < minRules) {
      problems.add(
          "rule coverage "
              + CoverageReport.percent(report.ruleRatio())
              + " is below the minimum "
              + CoverageReport.percent(minRules));
    }
    if (report.branchRatio() < minBranches) {
      problems.add(
          "branch coverage "
              + CoverageReport.percent(report.branchRatio())
              + " is below the minimum "
              + CoverageReport.percent(minBranches));
    }
    return problems;
  }

  private static void check(String name, double ratio) {
    if (!(ratio >= 0 && ratio <= 1)) {
      throw new IllegalArgumentException(
          name + " must be a ratio between 0.0 and 1.0 (e.g. 0.8 for 80%), got " + ratio);
    }
  }
}
