package dev.proviso.testing.coverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Renders a {@link CoverageReport} in LCOV's tracefile format, so coverage tools and CI servers
 * (genhtml, Codecov, SonarQube, GitLab) show policy coverage beside code coverage: each rule is a
 * line ({@code DA:line,matches}), each of its {@code when}/{@code unless} outcomes a branch ({@code
 * BRDA:line,block,branch,taken}; block 0 is {@code when}, 1 is {@code unless}; branch 0 is true, 1
 * is false).
 */
final class CoverageLcov {
  private CoverageLcov() {}

  static String of(CoverageReport report, UnaryOperator<String> path) {
    Map<String, List<RuleCoverage>> byFile = new LinkedHashMap<>();
    for (RuleCoverage rule : report.rules()) {
      byFile
          .computeIfAbsent(rule.rule().location().file(), f -> new java.util.ArrayList<>())
          .add(rule);
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<RuleCoverage>> file : byFile.entrySet()) {
      out.append("TN:").append(report.policyName()).append('\n');
      out.append("SF:").append(path.apply(file.getKey())).append('\n');
      Map<Integer, Integer> lines = new TreeMap<>();
      StringBuilder branches = new StringBuilder();
      int found = 0;
      int hit = 0;
      for (RuleCoverage rule : file.getValue()) {
        int line = rule.rule().location().line();
        lines.merge(line, rule.matches(), Integer::sum);
        if (rule.rule().when().isPresent()) {
          branches.append(branch(line, 0, 0, rule.whenTrue()));
          branches.append(branch(line, 0, 1, rule.whenFalse()));
          found += 2;
          hit += (rule.whenTrue() ? 1 : 0) + (rule.whenFalse() ? 1 : 0);
        }
        if (rule.rule().unless().isPresent()) {
          branches.append(branch(line, 1, 0, rule.unlessTrue()));
          branches.append(branch(line, 1, 1, rule.unlessFalse()));
          found += 2;
          hit += (rule.unlessTrue() ? 1 : 0) + (rule.unlessFalse() ? 1 : 0);
        }
      }
      out.append(branches);
      out.append("BRF:").append(found).append('\n');
      out.append("BRH:").append(hit).append('\n');
      lines.forEach((line, matches) -> out.append("DA:" + line + "," + matches + "\n"));
      out.append("LF:").append(lines.size()).append('\n');
      out.append("LH:").append(lines.values().stream().filter(m -> m > 0).count()).append('\n');
      out.append("end_of_record\n");
    }
    return out.toString();
  }

  private static String branch(int line, int block, int branch, boolean taken) {
    return "BRDA:" + line + "," + block + "," + branch + "," + (taken ? 1 : 0) + "\n";
  }
}
