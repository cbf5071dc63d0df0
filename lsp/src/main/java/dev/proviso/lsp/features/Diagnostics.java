package dev.proviso.lsp.features;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.Severity;
import dev.proviso.lsp.workspace.DocumentView;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/** The compiler's diagnostics for one document, in the protocol's form. */
public final class Diagnostics {
  private Diagnostics() {}

  static final String SOURCE = "proviso";

  public static PublishDiagnosticsParams publish(DocumentView view) {
    List<org.eclipse.lsp4j.Diagnostic> diagnostics =
        view.analysis().diagnosticsIn(view.file()).stream()
            .map(d -> toProtocol(view.lines(), d))
            .toList();
    return new PublishDiagnosticsParams(view.uri(), diagnostics);
  }

  /** The message carries the help line, so the author sees the did-you-mean in the hover too. */
  static org.eclipse.lsp4j.Diagnostic toProtocol(LineMap lines, Diagnostic d) {
    String message = d.message() + d.help().map(h -> "\nhelp: " + h).orElse("");
    org.eclipse.lsp4j.Diagnostic result =
        new org.eclipse.lsp4j.Diagnostic(
            lines.range(d.span()),
            message,
            d.severity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            SOURCE,
            d.code().name());
    return result;
  }
}
