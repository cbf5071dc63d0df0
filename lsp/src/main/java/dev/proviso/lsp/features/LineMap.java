package dev.proviso.lsp.features;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.tooling.SourceRange;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between the compiler's positions (1-based line, 1-based column counted in code points,
 * length in code points) and the protocol's (0-based line, character offset in UTF-16 units). The
 * two differ on any character outside the Basic Multilingual Plane.
 */
public final class LineMap {

  private final List<String> lines = new ArrayList<>();

  public LineMap(String text) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i));
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
  }

  public int lineCount() {
    return lines.size();
  }

  /** The text of a 0-based line, or empty past the end. */
  public String line(int line) {
    return line >= 0 && line < lines.size() ? lines.get(line) : "";
  }

  /** The protocol range of a span (clamped to its line). */
  public Range range(Span span) {
    int line = Math.max(0, span.line() - 1);
    int start = Math.max(0, span.column() - 1);
    return new Range(position(line, start), position(line, start + span.length()));
  }

  /** The protocol range of a stretch of text that may cover several lines. */
  public Range range(SourceRange range) {
    return new Range(
        position(range.startLine() - 1, range.startColumn() - 1),
        position(range.endLine() - 1, range.endColumn() - 1));
  }

  /** The protocol position of a 0-based line and code point column. */
  public Position position(int line, int codePointColumn) {
    String text = line(line);
    int codePoints = text.codePointCount(0, text.length());
    int column = Math.min(Math.max(0, codePointColumn), codePoints);
    return new Position(line, text.offsetByCodePoints(0, column));
  }

  /** The 1-based code point column of a protocol position (clamped to its line). */
  public int codePointColumn(Position position) {
    String text = line(position.getLine());
    int utf16 = Math.min(Math.max(0, position.getCharacter()), text.length());
    return text.codePointCount(0, utf16) + 1;
  }

  /** The position just after the last character. */
  public Position end() {
    int last = lines.size() - 1;
    return new Position(last, lines.get(last).length());
  }

  /** Text of the line before the protocol position. */
  public String before(Position position) {
    String text = line(position.getLine());
    return text.substring(0, Math.min(Math.max(0, position.getCharacter()), text.length()));
  }
}
