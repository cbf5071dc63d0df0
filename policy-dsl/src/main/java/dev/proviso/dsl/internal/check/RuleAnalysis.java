package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.SelectionNode;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.resolve.LoadedSources;
import dev.proviso.dsl.internal.resolve.Symbols;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds rules that cannot work as written: an allow that an unconditional deny in the same or a
 * wider scope always overrides (P301), and a rule repeated in the same scope (P303).
 */
final class RuleAnalysis {
  private RuleAnalysis() {}

  static void analyze(LoadedSources sources, Symbols symbols, Diagnostics diagnostics) {
    List<ScopedRule> rules = ScopedRule.all(sources);
    RulesByCategory denies =
        new RulesByCategory(rules.stream().filter(ScopedRule::unconditionalDeny).toList());
    for (ScopedRule rule : rules) {
      if (rule.allow()) {
        overriddenAllow(rule, denies, symbols, diagnostics);
      }
    }
    duplicates(rules, diagnostics);
  }

  private static void overriddenAllow(
      ScopedRule allow, RulesByCategory denies, Symbols symbols, Diagnostics diagnostics) {
    // A deny covering all the allow's categories covers its first one in particular.
    List<ScopedRule> candidates =
        allow.rule().categories().any()
            ? denies.coveringAny()
            : denies.covering(allow.rule().categories().names().get(0).path());
    for (ScopedRule deny : candidates) {
      if (deny.scopeCovers(allow, symbols)
          && coversAll(deny.rule().categories(), allow.rule().categories())
          && coversAll(deny.rule().purposes(), allow.rule().purposes())) {
        diagnostics.report(
            DiagnosticCode.P301,
            allow.rule().loc().span(),
            "this allow can never matter: the deny at "
                + deny.rule().loc().span()
                + " always overrides it",
            Optional.of("remove the allow, or give the deny a 'when' or 'unless' condition"));
        return;
      }
    }
  }

  /** Every category or purpose the allow names is covered by the deny's selection. */
  private static boolean coversAll(SelectionNode deny, SelectionNode allow) {
    if (allow.any()) {
      return deny.any();
    }
    return allow.names().stream().map(Name::path).allMatch(p -> ScopedRule.coversAll(deny, p));
  }

  private static void duplicates(List<ScopedRule> rules, Diagnostics diagnostics) {
    // Rule equality ignores source locations, so equal rules say the same thing.
    Map<ScopedRule, ScopedRule> seen = new HashMap<>();
    for (ScopedRule rule : rules) {
      ScopedRule first = seen.putIfAbsent(rule, rule);
      if (first != null) {
        diagnostics.report(
            DiagnosticCode.P303,
            rule.rule().loc().span(),
            "this rule repeats the rule at " + first.rule().loc().span(),
            Optional.of("remove one of the two"));
      }
    }
  }
}
