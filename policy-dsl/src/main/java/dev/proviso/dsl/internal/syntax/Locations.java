package dev.proviso.dsl.internal.syntax;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.ast.Loc;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Spans and token ranges of parse-tree nodes, in one file's coordinates. */
final class Locations {

  private final String file;
  private final int[] lineEnds; // offset of the '\n' ending line i + 1, or the text's length

  Locations(String file, String text) {
    this.file = file;
    // Computed once: searching for the line's end per node was quadratic on long lines.
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      lines += text.charAt(i) == '\n' ? 1 : 0;
    }
    this.lineEnds = new int[lines];
    int line = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineEnds[line++] = i;
      }
    }
    lineEnds[line] = text.length();
  }

  Loc loc(ParserRuleContext c) {
    return loc(c.getStart(), c.getStop() == null ? c.getStart() : c.getStop());
  }

  Loc loc(Token first, Token last) {
    Span start = span(first);
    int end = last.getStopIndex() + 1;
    int line = Math.min(Math.max(first.getLine(), 1), lineEnds.length) - 1;
    int lineEnd = lineEnds[line];
    if (end > lineEnd) {
      end = lineEnd; // a multi-line node is underlined on its first line
    }
    int length = Math.max(start.length(), end - first.getStartIndex());
    return new Loc(
        new Span(file, start.line(), start.column(), length),
        first.getTokenIndex(),
        last.getTokenIndex());
  }

  /** The span of one token; at the end of the file, the position after the last character. */
  Span span(Token token) {
    int length =
        token.getType() == Token.EOF ? 1 : token.getStopIndex() - token.getStartIndex() + 1;
    return new Span(file, token.getLine(), token.getCharPositionInLine() + 1, length);
  }
}
