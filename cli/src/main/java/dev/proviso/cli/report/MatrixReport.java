package dev.proviso.cli.report;

import dev.proviso.analysis.Matrix;
import dev.proviso.analysis.Use;
import dev.proviso.cli.Format;
import dev.proviso.cli.Style;
import dev.proviso.model.RuleDefinition;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a {@link Matrix}: rows are categories, columns purposes. A cell reads {@code allow},
 * {@code deny}, {@code -} (denied by default) or {@code when [n]}; footnote {@code [n]} gives the
 * residual condition and obligations.
 */
public final class MatrixReport {
  private final Matrix matrix;
  private final Map<String, Object> facts;

  /**
   * @param facts what was known of the subject, echoed in the header and in JSON
   */
  public MatrixReport(Matrix matrix, Map<String, Object> facts) {
    this.matrix = matrix;
    this.facts = facts;
  }

  public void print(PrintWriter out, Format format, Style style) {
    if (format == Format.JSON) {
      Json.print(out, json());
      return;
    }
    boolean markdown = format == Format.MARKDOWN;
    List<String> notes = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("category \\ purpose");
    header.addAll(matrix.purposes());
    rows.add(header);
    for (String category : matrix.categories()) {
      List<String> row = new ArrayList<>();
      row.add(category);
      for (String purpose : matrix.purposes()) {
        row.add(label(matrix.use(category, purpose), notes));
      }
      rows.add(row);
    }
    out.println((markdown ? "### " : "") + "Uses for " + subject());
    out.println();
    if (markdown) {
      markdownTable(out, rows);
    } else {
      textTable(out, rows, style);
    }
    if (!notes.isEmpty()) {
      out.println();
      for (int i = 0; i < notes.size(); i++) {
        out.println((markdown ? "- " : "") + "[" + (i + 1) + "] " + notes.get(i));
      }
    }
  }

  private String subject() {
    if (facts.isEmpty()) {
      return "any subject (nothing known: conditions stay open)";
    }
    List<String> parts = new ArrayList<>();
    facts.forEach((k, v) -> parts.add(k + "=" + v));
    return String.join(", ", parts);
  }

  private static String label(Use use, List<String> notes) {
    String advice =
        use.advisories().isEmpty()
            ? ""
            : "; advice from "
                + use.advisories().stream()
                    .map(RuleDefinition::id)
                    .collect(Collectors.joining(", "));
    return switch (use.verdict()) {
      case DENY -> "deny";
      case DEFAULT_DENY, UNDECLARED -> "-";
      case ALLOW ->
          use.obligations().isEmpty() && advice.isEmpty()
              ? "allow"
              : "allow " + note(notes, use.describeWithObligations() + advice);
      case CONDITIONAL -> "when " + note(notes, use.describeWithObligations() + advice);
    };
  }

  private static String note(List<String> notes, String text) {
    int index = notes.indexOf(text);
    if (index < 0) {
      notes.add(text);
      index = notes.size() - 1;
    }
    return "[" + (index + 1) + "]";
  }

  private static void textTable(PrintWriter out, List<List<String>> rows, Style style) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String cell = rows.get(r).get(i);
        String padded = cell + " ".repeat(widths[i] - cell.length());
        line.append(i == 0 || r == 0 ? padded : colour(cell, padded, style));
        if (i < columns - 1) {
          line.append("  ");
        }
      }
      out.println(
          r == 0 ? style.bold(line.toString().stripTrailing()) : line.toString().stripTrailing());
    }
  }

  private static String colour(String cell, String padded, Style style) {
    if (cell.startsWith("allow")) {
      return style.green(padded);
    }
    if (cell.startsWith("deny")) {
      return style.red(padded);
    }
    return cell.startsWith("when") ? style.yellow(padded) : padded;
  }

  private static void markdownTable(PrintWriter out, List<List<String>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      out.println("| " + String.join(" | ", rows.get(r)).replace("\\ purpose", "/ purpose") + " |");
      if (r == 0) {
        out.println("|" + "---|".repeat(rows.get(0).size()));
      }
    }
  }

  private Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("facts", facts);
    json.put("categories", matrix.categories());
    json.put("purposes", matrix.purposes());
    List<Map<String, Object>> uses = new ArrayList<>();
    for (String category : matrix.categories()) {
      for (String purpose : matrix.purposes()) {
        Use use = matrix.use(category, purpose);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("category", category);
        entry.put("purpose", purpose);
        entry.putAll(Json.use(use));
        uses.add(entry);
      }
    }
    json.put("uses", uses);
    return json;
  }
}
