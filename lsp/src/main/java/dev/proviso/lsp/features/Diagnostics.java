package dev.proviso.lsp.features;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.Severity;
import dev.proviso.lsp.workspace.DocumentView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;

/**
 * The compiler's diagnostics for one document, in the protocol's form. A place the message names
 * ({@code ... already declared at shop.policy:12:9}, {@code the deny at gdpr.policy:9:3}) becomes a
 * related location the editor can jump to.
 */
public final class Diagnostics {
  private Diagnostics() {}

  static final String SOURCE = "proviso";

  /** Compiler messages name places as {@code file:line:col} after the word {@code at}. */
  private static final Pattern PLACE = Pattern.compile("\\bat ([^\\s:]+):(\\d+):(\\d+)");

  private static final Map<String, String> RELATED =
      Map.of(
          "P110", "first declared here",
          "P111", "first declared here",
          "P112", "first declared here",
          "P113", "first declared here",
          "P114", "the other condition",
          "P116", "first named here",
          "P301", "the deny that overrides it",
          "P303", "the rule it repeats");

  public static PublishDiagnosticsParams publish(DocumentView view) {
    return publish(view, view.file(), view.uri());
  }

  /**
   * The diagnostics of the other files this document's policy loaded that are not open in the
   * editor (an error in an imported file shows in the problems list); files without any are left
   * out.
   */
  public static List<PublishDiagnosticsParams> ofClosedImports(
      DocumentView view, java.util.Set<String> openUris) {
    List<PublishDiagnosticsParams> result = new ArrayList<>();
    for (String file : view.analysis().files()) {
      if (file.equals(view.file()) || view.isLibrary(file) || view.diagnosticsIn(file).isEmpty()) {
        continue;
      }
      view.uriOf(file)
          .filter(uri -> !openUris.contains(uri))
          .ifPresent(uri -> result.add(publish(view, file, uri)));
    }
    return result;
  }

  private static PublishDiagnosticsParams publish(DocumentView view, String file, String uri) {
    List<org.eclipse.lsp4j.Diagnostic> diagnostics =
        view.diagnosticsIn(file).stream().map(d -> toProtocol(view, d)).toList();
    return new PublishDiagnosticsParams(uri, diagnostics);
  }

  /** The message carries the help line, so the author sees the did-you-mean in the hover too. */
  static org.eclipse.lsp4j.Diagnostic toProtocol(DocumentView view, Diagnostic d) {
    String message = d.message() + d.help().map(h -> "\nhelp: " + h).orElse("");
    org.eclipse.lsp4j.Diagnostic result =
        new org.eclipse.lsp4j.Diagnostic(
            view.lines(d.span().file()).range(d.span()),
            message,
            d.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            SOURCE,
            d.code().name());
    List<DiagnosticRelatedInformation> related = related(view, d);
    if (!related.isEmpty()) {
      result.setRelatedInformation(related);
    }
    return result;
  }

  private static List<DiagnosticRelatedInformation> related(DocumentView view, Diagnostic d) {
    List<DiagnosticRelatedInformation> related = new ArrayList<>();
    Matcher m = PLACE.matcher(d.message());
    while (m.find()) {
      String file = m.group(1);
      if (!view.analysis().loaded(file)) {
        continue;
      }
      int line = Integer.parseInt(m.group(2)) - 1;
      LineMap lines = view.lines(file);
      Position start = lines.position(line, Integer.parseInt(m.group(3)) - 1);
      Position end = new Position(line, wordEnd(lines.line(line), start.getCharacter()));
      view.uriOf(file)
          .ifPresent(
              uri ->
                  related.add(
                      new DiagnosticRelatedInformation(
                          new Location(uri, new Range(start, end)),
                          RELATED.getOrDefault(d.code().name(), "related location"))));
    }
    return related;
  }

  /** The end of the name or keyword starting at {@code start}, at least one character on. */
  private static int wordEnd(String line, int start) {
    int end = start;
    while (end < line.length()
        && (Character.isLetterOrDigit(line.charAt(end)) || "_.".indexOf(line.charAt(end)) >= 0)) {
      end++;
    }
    return Math.min(line.length(), Math.max(end, start + 1));
  }
}
