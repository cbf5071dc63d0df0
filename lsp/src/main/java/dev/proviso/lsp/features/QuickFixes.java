package dev.proviso.lsp.features;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.lsp.workspace.DocumentView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * One quick fix per did-you-mean: the compiler's help {@code did you mean 'X'?} becomes an edit of
 * the diagnostic's span that puts {@code X} where the unknown name is written. The span may hold
 * more than the name (a type declaration {@code age: numbr}, a dotted child {@code contat.fax}) or
 * less (the name without its {@code event.} prefix), and may be quoted text (an import path).
 */
public final class QuickFixes {
  private QuickFixes() {}

  private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean '([^']+)'\\?");
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

  public static List<CodeAction> at(DocumentView view, Range range) {
    LineMap lines = view.lines();
    List<CodeAction> actions = new ArrayList<>();
    for (Diagnostic d : view.diagnosticsIn(view.file())) {
      Range span = lines.range(d.span());
      if (!overlaps(span, range)) {
        continue;
      }
      suggestion(d)
          .ifPresent(
              suggested -> {
                CodeAction action = new CodeAction("Change to '" + suggested + "'");
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(Diagnostics.toProtocol(view, d)));
                action.setIsPreferred(true);
                String edit = rewrite(written(lines, span), unknownName(d), suggested);
                action.setEdit(
                    new WorkspaceEdit(Map.of(view.uri(), List.of(new TextEdit(span, edit)))));
                actions.add(action);
              });
    }
    return actions;
  }

  /** The suggested name of a diagnostic's did-you-mean, if it has one. */
  static Optional<String> suggestion(Diagnostic d) {
    return d.help().map(DID_YOU_MEAN::matcher).filter(Matcher::find).map(m -> m.group(1));
  }

  /** The name the message quotes first, e.g. {@code contat} in {@code unknown ... 'contat'}. */
  private static String unknownName(Diagnostic d) {
    Matcher m = QUOTED.matcher(d.message());
    return m.find() ? m.group(1) : "";
  }

  /** The span's new text: {@code written} with the unknown name replaced by the suggestion. */
  static String rewrite(String written, String unknown, String suggested) {
    if (written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")) {
      return "\"" + rewrite(written.substring(1, written.length() - 1), unknown, suggested) + "\"";
    }
    if (written.equals(unknown) || unknown.isEmpty()) {
      return suggested;
    }
    int dot = unknown.lastIndexOf('.');
    if (unknown.endsWith("." + written) && suggested.startsWith(unknown.substring(0, dot + 1))) {
      return suggested.substring(dot + 1); // the span holds the name without its prefix
    }
    int at = written.indexOf(unknown);
    if (at >= 0) {
      return written.substring(0, at) + suggested + written.substring(at + unknown.length());
    }
    return suggested;
  }

  private static String written(LineMap lines, Range range) {
    String line = lines.line(range.getStart().getLine());
    int start = Math.min(range.getStart().getCharacter(), line.length());
    int end = Math.min(Math.max(start, range.getEnd().getCharacter()), line.length());
    return line.substring(start, end);
  }

  private static boolean overlaps(Range a, Range b) {
    return !before(a.getEnd(), b.getStart()) && !before(b.getEnd(), a.getStart());
  }

  private static boolean before(org.eclipse.lsp4j.Position x, org.eclipse.lsp4j.Position y) {
    return x.getLine() < y.getLine()
        || (x.getLine() == y.getLine() && x.getCharacter() < y.getCharacter());
  }
}
