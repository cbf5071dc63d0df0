package dev.proviso.dsl.internal.syntax;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.internal.ast.PolicyFile;
import java.util.List;

/**
 * The result of parsing one file: the statements that parsed, the syntax diagnostics of those that
 * did not, and the full token stream (comments included) for the formatter.
 */
public record ParsedSource(
    PolicyFile file, String text, List<Diagnostic> diagnostics, List<SourceToken> tokens) {
  public ParsedSource {
    diagnostics = List.copyOf(diagnostics);
    tokens = List.copyOf(tokens);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
