package dev.proviso.cli.report;

import dev.proviso.analysis.Change;
import dev.proviso.analysis.ChangeKind;
import dev.proviso.analysis.SemanticDiff;
import dev.proviso.cli.Format;
import dev.proviso.cli.Style;
import dev.proviso.model.RuleDefinition;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a {@link SemanticDiff}. Text and Markdown group the uses that changed in the same way
 * (same kind, scope, before, after and rules) so that one rule edit reads as one entry; JSON lists
 * every use.
 */
public final class DiffReport {

  private final SemanticDiff diff;
  private final String oldName;
  private final String newName;

  public DiffReport(SemanticDiff diff, String oldName, String newName) {
    this.diff = diff;
    this.oldName = oldName;
    this.newName = newName;
  }

  public void print(PrintWriter out, Format format, Style style) {
    switch (format) {
      case JSON -> Json.print(out, json());
      case MARKDOWN -> markdown(out);
      case TEXT -> text(out, style);
    }
  }

  /** One entry per group of uses that changed identically. */
  record Group(Change first, List<String[]> uses) {}

  List<Group> groups() {
    Map<List<Object>, Group> groups = new LinkedHashMap<>();
    for (Change c : diff.changes()) {
      List<Object> key =
          List.of(
              c.kind(),
              c.scope().label(),
              c.before().describeWithObligations(),
              c.after().describeWithObligations(),
              ids(c.removed()),
              ids(c.added()),
              // without a rule delta every covering rule is printed, so it must be the same
              c.removed().isEmpty() && c.added().isEmpty()
                  ? List.of(ids(c.before().rules()), ids(c.after().rules()))
                  : List.of());
      groups
          .computeIfAbsent(key, k -> new Group(c, new ArrayList<>()))
          .uses()
          .add(new String[] {c.category(), c.purpose()});
    }
    return List.copyOf(groups.values());
  }

  String summary() {
    if (diff.isEmpty()) {
      return "no semantic change between " + oldName + " and " + newName;
    }
    Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
    diff.changes().forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
    String kinds =
        counts.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().label())
            .collect(Collectors.joining(", "));
    int uses = diff.changes().size();
    String regimes =
        diff.regimeChanges().isEmpty()
            ? ""
            : ", " + diff.regimeChanges().size() + " regime change(s)";
    return oldName
        + " -> "
        + newName
        + ": "
        + uses
        + (uses == 1 ? " use changed" : " uses changed")
        + (kinds.isEmpty() ? "" : " (" + kinds + ")")
        + regimes;
  }

  private void text(PrintWriter out, Style style) {
    out.println(summary());
    for (String regime : diff.regimeChanges()) {
      out.println();
      out.println(style.yellow("~ " + regime));
    }
    for (Group group : groups()) {
      Change c = group.first();
      out.println();
      out.println(
          paint(
              c.kind(),
              style,
              symbol(c.kind()) + " " + c.kind().label() + "  " + c.scope().label()));
      uses(group).forEach(use -> out.println("    " + use));
      out.println("    before: " + c.before().describeWithObligations());
      out.println("    after:  " + c.after().describeWithObligations());
      rules(c).forEach(line -> out.println("    " + line));
    }
  }

  private void markdown(PrintWriter out) {
    out.println("### Policy diff");
    out.println();
    out.println(summary());
    if (!diff.regimeChanges().isEmpty()) {
      out.println();
      diff.regimeChanges().forEach(r -> out.println("- " + r));
    }
    List<Group> groups = groups();
    if (groups.isEmpty()) {
      return;
    }
    out.println();
    out.println("| change | uses | scope | before | after | rules |");
    out.println("|---|---|---|---|---|---|");
    for (Group group : groups) {
      Change c = group.first();
      out.println(
          "| "
              + symbol(c.kind())
              + " "
              + c.kind().label()
              + " | "
              + cell(String.join("<br>", uses(group)))
              + " | "
              + cell(c.scope().label())
              + " | "
              + code(c.before().describeWithObligations())
              + " | "
              + code(c.after().describeWithObligations())
              + " | "
              + cell(String.join("<br>", rules(c)))
              + " |");
    }
  }

  private Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("old", oldName);
    json.put("new", newName);
    json.put("changed", !diff.isEmpty());
    json.put("regimeChanges", diff.regimeChanges());
    List<Map<String, Object>> changes = new ArrayList<>();
    for (Change c : diff.changes()) {
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
      change.put("category", c.category());
      change.put("purpose", c.purpose());
      change.put("regime", c.scope().every() ? "*" : c.scope().regime().orElse(null));
      change.put("scope", c.scope().label());
      change.put("before", Json.use(c.before()));
      change.put("after", Json.use(c.after()));
      change.put("removedRules", c.removed().stream().map(Json::rule).toList());
      change.put("addedRules", c.added().stream().map(Json::rule).toList());
      changes.add(change);
    }
    json.put("changes", changes);
    return json;
  }

  private List<String> uses(Group group) {
    return UseSets.compact(group.uses(), diff.categories(), diff.purposes());
  }

  /** The rules that differ; when none do (a tree changed), every rule on each side. */
  private static List<String> rules(Change c) {
    List<String> lines = new ArrayList<>();
    if (c.removed().isEmpty() && c.added().isEmpty()) {
      c.before().rules().forEach(r -> lines.add("  was " + RuleText.reference(r)));
      c.after().rules().forEach(r -> lines.add("  now " + RuleText.reference(r)));
      return lines;
    }
    c.removed().forEach(r -> lines.add("- " + RuleText.reference(r)));
    c.added().forEach(r -> lines.add("+ " + RuleText.reference(r)));
    return lines;
  }

  private static List<String> ids(List<RuleDefinition> rules) {
    return rules.stream().map(RuleDefinition::id).toList();
  }

  private static String symbol(ChangeKind kind) {
    return switch (kind) {
      case OPENS -> "+";
      case CLOSES -> "-";
      default -> "~";
    };
  }

  private static String paint(ChangeKind kind, Style style, String text) {
    return switch (kind) {
      case OPENS -> style.green(text);
      case CLOSES -> style.red(text);
      default -> style.yellow(text);
    };
  }

  private static String code(String text) {
    return "`" + text.replace("|", "\\|") + "`";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
