package dev.proviso.access;

import dev.proviso.log.DecisionRecord;
import java.util.List;
import java.util.Locale;

/**
 * One self-contained HTML page a customer can read: inline styles, no scripts, no external assets,
 * every value HTML-escaped, sensitive values marked.
 *
 * <pre>{@code
 * Files.writeString(Path.of("my-data.html"), AccessReportHtml.render(report));
 * }</pre>
 */
public final class AccessReportHtml {
  private static final String STYLE =
      "body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
          + "color:#222}h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}"
          + "table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{text-align:left;"
          + "padding:.3em .6em;border-bottom:1px solid #eee;vertical-align:top}"
          + ".sensitive{background:#fff3f3}.badge{font-size:.75em;padding:0 .4em;border-radius:.3em;"
          + "background:#b00020;color:#fff;margin-left:.4em}.kept{background:#555}"
          + ".muted{color:#666}";

  private AccessReportHtml() {}

  public static String render(AccessReport r) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Your data: ")
        .append(esc(r.subjectId()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>What we hold about you</h1>\n<p class=\"muted\">")
        .append("Customer ")
        .append(esc(r.subjectId()))
        .append(" · report of ")
        .append(esc(r.generatedAt().toString()))
        .append(" · policy ")
        .append(esc(r.policy()))
        .append("</p>\n");
    holdings(h, r.holdings());
    permissions(h, r);
    consents(h, r.consentHistory());
    uses(h, r.uses());
    if (r.unreadableLogLines() > 0) {
      h.append("<p class=\"muted\">")
          .append(r.unreadableLogLines())
          .append(
              " line(s) of the decision log could not be read (for example cut off by a crash),"
                  + " so this list may be incomplete.</p>\n");
    }
    return h.append("</body></html>\n").toString();
  }

  private static void holdings(StringBuilder h, List<AccessReport.SystemHoldings> systems) {
    h.append("<h2>Data held, by system</h2>\n");
    for (AccessReport.SystemHoldings s : systems) {
      h.append("<h3>").append(esc(s.system())).append("</h3>\n");
      if (s.items().isEmpty()) {
        h.append("<p class=\"muted\">Nothing held.</p>\n");
        continue;
      }
      h.append("<table><tr><th>Category</th><th>Record</th><th>Value</th></tr>\n");
      for (AccessReport.HeldValue v : s.items()) {
        h.append(v.sensitive() ? "<tr class=\"sensitive\">" : "<tr>")
            .append("<td>")
            .append(esc(v.category()));
        if (v.sensitive()) {
          h.append("<span class=\"badge\">sensitive</span>");
        }
        if (v.restrictedTo() != null) {
          h.append("<span class=\"badge kept\">kept only for ")
              .append(esc(v.restrictedTo()))
              .append("</span>");
        }
        h.append("</td><td>")
            .append(esc(v.record()))
            .append("</td><td>")
            .append(esc(v.value()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
  }

  private static void permissions(StringBuilder h, AccessReport r) {
    h.append("<h2>What we may use it for today</h2>\n");
    if (!r.permissionsEvaluated()) {
      h.append("<p class=\"muted\">Not evaluated in this report.</p>\n");
      return;
    }
    for (AccessReport.CategoryPermissions c : r.permissions()) {
      h.append("<h3>").append(esc(c.category())).append("</h3>\n");
      if (c.purposes().isEmpty()) {
        h.append("<p>No purpose is permitted.</p>\n");
        continue;
      }
      h.append("<ul>\n");
      for (AccessReport.PermittedPurpose p : c.purposes()) {
        h.append("<li><strong>").append(esc(p.purpose())).append("</strong>");
        for (String why : p.why()) {
          h.append("<br><span class=\"muted\">").append(esc(why)).append("</span>");
        }
        h.append("</li>\n");
      }
      h.append("</ul>\n");
    }
  }

  private static void consents(StringBuilder h, List<AccessReport.ConsentEntry> history) {
    h.append("<h2>Your consent history</h2>\n");
    if (history.isEmpty()) {
      h.append("<p class=\"muted\">No consent recorded.</p>\n");
      return;
    }
    h.append(
        "<table><tr><th>When</th><th>What</th><th>For</th><th>How</th><th>Policy shown</th>"
            + "<th>Expires</th></tr>\n");
    for (AccessReport.ConsentEntry e : history) {
      row(
          h,
          e.at().toString(),
          e.kind().toLowerCase(Locale.ROOT).replace('_', ' '),
          e.name(),
          e.source(),
          e.policyVersion(),
          e.expires() == null ? "" : e.expires().toString());
    }
    h.append("</table>\n");
  }

  private static void uses(StringBuilder h, List<DecisionRecord> uses) {
    h.append("<h2>How your data was used</h2>\n");
    if (uses.isEmpty()) {
      h.append("<p class=\"muted\">No recorded use.</p>\n");
      return;
    }
    h.append(
        "<table><tr><th>When</th><th>Data</th><th>Purpose</th><th>Outcome</th><th>Rules</th>"
            + "</tr>\n");
    for (DecisionRecord u : uses) {
      row(
          h,
          u.time().toString(),
          String.join(", ", u.categories()),
          u.purpose(),
          "ALLOW".equals(u.outcome()) ? "used" : "refused",
          String.join(", ", u.rules()));
    }
    h.append("</table>\n");
  }

  private static void row(StringBuilder h, String... cells) {
    h.append("<tr>");
    for (String cell : cells) {
      h.append("<td>").append(esc(cell)).append("</td>");
    }
    h.append("</tr>\n");
  }

  /** Escapes text for element content and double-quoted attributes. */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
