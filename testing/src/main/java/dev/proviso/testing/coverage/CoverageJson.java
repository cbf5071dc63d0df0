package dev.proviso.testing.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** Renders a {@link CoverageReport} as JSON. */
final class CoverageJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CoverageJson() {}

  static String of(CoverageReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("policy", report.policyName());
    root.put("version", report.policyVersion());
    ObjectNode rules = root.putObject("rules");
    rules.put("total", report.ruleCount());
    rules.put("matched", report.matchedRules());
    rules.put("ratio", report.ruleRatio());
    ObjectNode branches = root.putObject("branches");
    branches.put("total", report.branchCount());
    branches.put("covered", report.coveredBranches());
    branches.put("ratio", report.branchRatio());
    ArrayNode list = root.putArray("ruleCoverage");
    for (RuleCoverage r : report.rules()) {
      ObjectNode node = list.addObject();
      node.put("id", r.rule().id());
      node.put("file", r.rule().location().file());
      node.put("line", r.rule().location().line());
      node.put("rule", CoverageText.describe(r.rule()));
      node.put("matches", r.matches());
      node.put("errors", r.errors());
      node.put("branches", r.branches());
      node.put("coveredBranches", r.coveredBranches());
      ArrayNode missed = node.putArray("missedBranches");
      r.missedBranches().forEach(missed::add);
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
