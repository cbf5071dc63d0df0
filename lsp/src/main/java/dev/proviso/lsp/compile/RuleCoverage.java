package dev.proviso.lsp.compile;

import dev.proviso.analysis.CellAnalyzer;
import dev.proviso.analysis.Use;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.RuleDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule covers, from the partial evaluator: every declared (category, purpose) the rule takes
 * part in, with what the whole policy then says about that use for a subject of whom nothing is
 * known (regimes without a condition always apply). The one place the server uses the analysis.
 */
public final class RuleCoverage {

  /**
   * One use the rule takes part in, e.g. {@code contact.email for marketing.email: allow when ...}.
   */
  public record CoveredUse(String category, String purpose, String verdict) {}

  private final CellAnalyzer analyzer;

  public RuleCoverage(PolicyModel model) {
    this.analyzer = new CellAnalyzer(model);
  }

  /**
   * The uses the rule with this id takes part in, categories then purposes in declaration order.
   */
  public List<CoveredUse> covered(String ruleId) {
    List<CoveredUse> uses = new ArrayList<>();
    for (String category : analyzer.categories()) {
      for (String purpose : analyzer.purposes()) {
        Use use = analyzer.residual(category, purpose);
        if (takesPart(use.rules(), ruleId) || takesPart(use.advisories(), ruleId)) {
          uses.add(new CoveredUse(category, purpose, use.describeWithObligations()));
        }
      }
    }
    return uses;
  }

  private static boolean takesPart(List<RuleDefinition> rules, String ruleId) {
    return rules.stream().anyMatch(r -> r.id().equals(ruleId));
  }
}
