package dev.proviso.dsl.internal.syntax;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.ast.Loc;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Spans and token ranges of parse-tree nodes, in one file's coordinates. */
final class Locations {

  private final String file;
  private final String text;

  Locations(String file, String text) {
    this.file = file;
    this.text = text;
  }

  Loc loc(ParserRuleContext c) {
    return loc(c.getStart(), c.getStop() == null ? c.getStart() : c.getStop());
  }

  Loc loc(Token first, Token last) {
    Span start = span(first);
    int end = last.getStopIndex() + 1;
    int lineEnd = text.indexOf('\n', Math.max(0, first.getStartIndex()));
    if (lineEnd >= 0 && end > lineEnd) {
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
