package dev.proviso.dsl.tooling;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.ast.Loc;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import dev.proviso.dsl.internal.syntax.SourceToken;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a node ends. A node's {@link Loc} holds its first line only (that is what a diagnostic
 * underlines) and the indexes of its first and last token; the token stream, which covers the whole
 * text, gives the line and column after the last token.
 */
final class Extents {

  /** Per file, per token: its text, the line and code point column it ends before. */
  private record Tokens(List<SourceToken> tokens, int[] endLine, int[] endColumn) {}

  private final Map<String, Tokens> files = new HashMap<>();

  Extents(List<ParsedSource> sources) {
    for (ParsedSource source : sources) {
      List<SourceToken> tokens = source.tokens();
      int[] endLine = new int[tokens.size()];
      int[] endColumn = new int[tokens.size()];
      int line = 1;
      int column = 1;
      for (int i = 0; i < tokens.size(); i++) {
        String text = tokens.get(i).text();
        for (int k = 0; k < text.length(); k = text.offsetByCodePoints(k, 1)) {
          if (text.charAt(k) == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
        }
        endLine[i] = line;
        endColumn[i] = column;
      }
      files.put(source.file().file(), new Tokens(tokens, endLine, endColumn));
    }
  }

  /** The node's whole extent; its first line when the tokens are not known. */
  SourceRange of(Loc loc) {
    Span start = loc.span();
    Tokens t = files.get(start.file());
    if (t == null || loc.lastToken() < 0 || loc.lastToken() >= t.tokens().size()) {
      return SourceRange.of(start);
    }
    int last = loc.lastToken();
    return new SourceRange(
        start.file(), start.line(), start.column(), t.endLine()[last], t.endColumn()[last]);
  }

  /** The node's first token, e.g. the keyword {@code allow} of a rule. */
  Span firstToken(Loc loc) {
    Span start = loc.span();
    Tokens t = files.get(start.file());
    if (t == null || loc.firstToken() < 0 || loc.firstToken() >= t.tokens().size()) {
      return start;
    }
    String text = t.tokens().get(loc.firstToken()).text();
    int length = Math.min(start.length(), text.codePointCount(0, text.length()));
    return new Span(start.file(), start.line(), start.column(), length);
  }
}
