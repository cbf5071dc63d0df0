package dev.proviso.dsl.diagnostics;

import java.util.Collection;
import java.util.Map;

/**
 * Renders diagnostics with the offending source line and a caret run under the span:
 *
 * <pre>
 * shop.policy:12:7: error[P101]: unknown data category 'contact.emial'
 *    |
 * 12 | allow contact.emial for marketing.email
 *    |       ^^^^^^^^^^^^^
 *    = help: did you mean 'contact.email'?
 * </pre>
 */
public final class DiagnosticRenderer {

  private final Map<String, String> sources;
  private final Map<String, String[]> lines = new java.util.HashMap<>();

  /**
   * @param sources source text by file display name; a diagnostic whose file is missing is rendered
   *     without its source line
   */
  public DiagnosticRenderer(Map<String, String> sources) {
    this.sources = Map.copyOf(sources);
  }

  /** All diagnostics, separated by blank lines. */
  public String render(Collection<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic diagnostic : diagnostics) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(render(diagnostic));
    }
    return out.toString();
  }

  /** One diagnostic; ends with a newline. */
  public String render(Diagnostic diagnostic) {
    Span span = diagnostic.span();
    StringBuilder out = new StringBuilder(diagnostic.headline()).append('\n');
    String line = sourceLine(span);
    String number = Integer.toString(span.line());
    String gutter = " ".repeat(number.length());
    if (line != null) {
      out.append(gutter).append(" |\n");
      out.append(number).append(" | ").append(line).append('\n');
      out.append(gutter).append(" | ").append(caretLine(line, span)).append('\n');
    }
    diagnostic
        .help()
        .ifPresent(help -> out.append(gutter).append(" = help: ").append(help).append('\n'));
    return out.toString();
  }

  private String sourceLine(Span span) {
    String text = sources.get(span.file());
    if (text == null || span.line() < 1) {
      return null;
    }
    String[] lines = this.lines.computeIfAbsent(span.file(), f -> text.split("\r\n|\r|\n", -1));
    return span.line() <= lines.length ? lines[span.line() - 1] : null;
  }

  /** Spaces (tabs kept, so the caret lines up) up to the column, then one caret per character. */
  private static String caretLine(String line, Span span) {
    int start = Math.max(0, Math.min(span.column() - 1, line.length()));
    StringBuilder carets = new StringBuilder();
    for (int i = 0; i < start; i++) {
      carets.append(line.charAt(i) == '\t' ? '\t' : ' ');
    }
    int length = Math.max(1, Math.min(span.length(), line.length() - start));
    return carets.append("^".repeat(length)).toString();
  }
}
