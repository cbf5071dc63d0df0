package dev.proviso.lsp.features;

import dev.proviso.dsl.PolicyCompilationException;
import dev.proviso.dsl.format.PolicyFormatter;
import dev.proviso.lsp.workspace.DocumentView;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * Whole-document formatting through the canonical formatter, the one {@code proviso fmt} uses. A
 * document with syntax errors is left as it is (no edit): formatting must never lose text.
 */
public final class Formatting {
  private Formatting() {}

  public static List<TextEdit> format(DocumentView view) {
    String formatted;
    try {
      formatted = PolicyFormatter.format(view.file(), view.text());
    } catch (PolicyCompilationException e) {
      return List.of();
    }
    if (formatted.equals(view.text())) {
      return List.of();
    }
    return List.of(new TextEdit(new Range(new Position(0, 0), view.lines().end()), formatted));
  }
}
