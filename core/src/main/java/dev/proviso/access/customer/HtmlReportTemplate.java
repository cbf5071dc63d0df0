package dev.proviso.access.customer;

import dev.proviso.access.customer.CustomerView.Badge;
import dev.proviso.access.customer.CustomerView.Entry;
import dev.proviso.access.customer.CustomerView.Field;
import dev.proviso.access.customer.CustomerView.Group;
import dev.proviso.access.customer.CustomerView.Section;

/**
 * The default {@link ReportTemplate}: one self-contained HTML page (inline CSS, no script, no
 * external link, image or font, a Content-Security-Policy that forbids loading anything), readable
 * from a 375px phone to a desktop, with landmarks, a table of contents, one heading level per
 * nesting, definition lists for label and value, and colours that keep WCAG AA contrast. Every text
 * is HTML-escaped.
 *
 * <pre>{@code
 * String html = HtmlReportTemplate.INSTANCE.render(CustomerReport.of(report).view());
 * }</pre>
 */
public final class HtmlReportTemplate implements ReportTemplate {
  /** The shared instance; the template holds no state. */
  public static final HtmlReportTemplate INSTANCE = new HtmlReportTemplate();

  private static final String STYLE =
      "*{box-sizing:border-box}body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;"
          + "background:#fff}main,header,nav{max-width:60em;margin:0 auto;padding:0 1rem}"
          + "h1{font-size:1.7em;margin:1em 0 .3em}h2{font-size:1.35em;margin:2em 0 .5em;"
          + "padding-bottom:.2em;border-bottom:2px solid #d0d0d0}h3{font-size:1.12em;"
          + "margin:1.4em 0 .4em}h4{font-size:1em;margin:0 0 .3em}p{margin:.4em 0}"
          + ".intro{color:#4a4a4a}nav ul{padding-left:1.2em}ul.entries{list-style:none;"
          + "padding:0;margin:0}li.entry{border:1px solid #d0d0d0;border-radius:.4em;"
          + "padding:.7em .9em;margin:.6em 0}dl{display:grid;grid-template-columns:"
          + "minmax(7em,max-content) 1fr;gap:.15em 1em;margin:.3em 0}dt{font-weight:600;"
          + "color:#333}dd{margin:0}dd,p,h3,h4,li{overflow-wrap:anywhere}.badge{display:"
          + "inline-block;font-size:.8em;font-weight:600;padding:0 .5em;border-radius:.3em;"
          + "margin-left:.4em;color:#fff;background:#4a4a4a;vertical-align:.1em}"
          + ".sensitive{background:#a3001b}.inferred{background:#1f4e8c}"
          + ".pseudonymised,.done{background:#2d6a30}.pending{background:#7a4f00}"
          + ".kept{background:#4a4a4a}.note{color:#4a4a4a;margin:.3em 0 0}"
          + "@media (max-width:30em){dl{grid-template-columns:1fr}dd{margin-bottom:.4em}"
          + "h1{font-size:1.45em}}";

  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'";

  private HtmlReportTemplate() {}

  @Override
  public String render(CustomerView view) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(esc(view.language()))
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CSP)
        .append("\"><title>")
        .append(esc(view.title()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<header><h1>")
        .append(esc(view.title()))
        .append("</h1>\n");
    for (String p : view.intro()) {
      h.append("<p class=\"intro\">").append(esc(p)).append("</p>\n");
    }
    h.append("</header>\n<nav aria-label=\"").append(esc(view.title())).append("\"><ul>\n");
    for (Section s : view.sections()) {
      h.append("<li><a href=\"#")
          .append(esc(s.id()))
          .append("\">")
          .append(esc(s.heading()))
          .append("</a></li>\n");
    }
    h.append("</ul></nav>\n<main>\n");
    for (Section s : view.sections()) {
      section(h, s);
    }
    return h.append("</main>\n</body></html>\n").toString();
  }

  private static void section(StringBuilder h, Section s) {
    h.append("<section id=\"")
        .append(esc(s.id()))
        .append("\" aria-labelledby=\"")
        .append(esc(s.id()))
        .append("-h\"><h2 id=\"")
        .append(esc(s.id()))
        .append("-h\">")
        .append(esc(s.heading()))
        .append("</h2>\n");
    for (String p : s.paragraphs()) {
      h.append("<p>").append(esc(p)).append("</p>\n");
    }
    for (Group g : s.groups()) {
      int level = 3;
      if (!g.heading().isEmpty()) {
        h.append("<h3>").append(esc(g.heading())).append("</h3>\n");
        level = 4;
      }
      if (!g.description().isEmpty()) {
        h.append("<p class=\"note\">").append(esc(g.description())).append("</p>\n");
      }
      if (!g.entries().isEmpty()) {
        h.append("<ul class=\"entries\">\n");
        for (Entry e : g.entries()) {
          entry(h, e, level);
        }
        h.append("</ul>\n");
      }
    }
    h.append("</section>\n");
  }

  private static void entry(StringBuilder h, Entry e, int level) {
    h.append("<li class=\"entry\"><h").append(level).append('>').append(esc(e.title()));
    for (Badge b : e.badges()) {
      h.append(" <span class=\"badge ")
          .append(esc(b.kind()))
          .append("\">")
          .append(esc(b.text()))
          .append("</span>");
    }
    h.append("</h").append(level).append(">\n");
    if (!e.fields().isEmpty()) {
      h.append("<dl>");
      for (Field f : e.fields()) {
        h.append("<dt>")
            .append(esc(f.label()))
            .append("</dt><dd>")
            .append(esc(f.value()))
            .append("</dd>");
      }
      h.append("</dl>\n");
    }
    for (String n : e.notes()) {
      h.append("<p class=\"note\">").append(esc(n)).append("</p>\n");
    }
    h.append("</li>\n");
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
