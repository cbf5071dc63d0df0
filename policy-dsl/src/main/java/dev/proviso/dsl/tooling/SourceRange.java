package dev.proviso.dsl.tooling;

import dev.proviso.dsl.diagnostics.Span;

/**
 * A stretch of source text that may cover several lines: a file's display name, the 1-based line
 * and column (counted in code points, like {@link Span}) of its first character, and the line and
 * column just after its last character.
 *
 * <pre>{@code
 * SourceRange rule = new SourceRange("shop.policy", 24, 1, 25, 58);
 * rule.contains(25, 3); // true
 * }</pre>
 */
public record SourceRange(String file, int startLine, int startColumn, int endLine, int endColumn) {

  /** The range a one-line span covers. */
  public static SourceRange of(Span span) {
    return new SourceRange(
        span.file(), span.line(), span.column(), span.line(), span.column() + span.length());
  }

  /** True when the position lies inside the range or touches either end of it. */
  public boolean contains(int line, int column) {
    boolean afterStart = line > startLine || (line == startLine && column >= startColumn);
    boolean beforeEnd = line < endLine || (line == endLine && column <= endColumn);
    return afterStart && beforeEnd;
  }

  /** True when the span starts inside this range (in the same file). */
  public boolean contains(Span span) {
    return span.file().equals(file) && contains(span.line(), span.column());
  }
}
