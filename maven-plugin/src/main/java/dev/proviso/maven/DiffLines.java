package dev.proviso.maven;

import dev.proviso.analysis.Change;
import dev.proviso.analysis.SemanticDiff;
import dev.proviso.model.RuleDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The diff as build-log lines: a summary, then one line per changed use with what it was and what
 * it is, and the rules removed and added that made the difference.
 */
final class DiffLines {
  private DiffLines() {}

  static List<String> of(SemanticDiff diff, String baseline) {
    List<String> lines = new ArrayList<>();
    if (diff.isEmpty()) {
      lines.add("policy diff against " + baseline + ": no semantic change");
      return lines;
    }
    lines.add(
        "policy diff against "
            + baseline
            + ": "
            + diff.changes().size()
            + (diff.changes().size() == 1 ? " use changed" : " uses changed")
            + (diff.regimeChanges().isEmpty()
                ? ""
                : ", " + diff.regimeChanges().size() + " regime change(s)"));
    diff.regimeChanges().forEach(regime -> lines.add("  ~ " + regime));
    for (Change c : diff.changes()) {
      lines.add(
          "  "
              + c.kind().label()
              + " "
              + c.category()
              + " for "
              + c.purpose()
              + " ("
              + c.scope().label()
              + "): "
              + c.before().describeWithObligations()
              + " -> "
              + c.after().describeWithObligations());
      c.removed().forEach(rule -> lines.add("      - " + where(rule)));
      c.added().forEach(rule -> lines.add("      + " + where(rule)));
    }
    return lines;
  }

  private static String where(RuleDefinition rule) {
    return rule.regime().map(r -> rule.id() + " [" + r + "]").orElse(rule.id());
  }
}
