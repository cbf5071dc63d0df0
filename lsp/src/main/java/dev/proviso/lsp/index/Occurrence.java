package dev.proviso.lsp.index;

import dev.proviso.dsl.diagnostics.Span;
import java.util.Optional;

/**
 * One place a name is written: what it names ({@code kind}, full {@code path}), where, as written
 * ({@code written}, e.g. {@code email} inside {@code category contact { email }} names {@code
 * contact.email}), and whether it declares the name.
 *
 * <p>The leading segments of a dotted name name its ancestors: in {@code contact.email} the segment
 * {@code contact} refers to the category {@code contact}.
 */
public record Occurrence(
    SymbolKind kind, String path, String written, Span span, boolean declaration) {

  /** The name's segments as written, or the whole name when the span does not match the text. */
  private String[] segments() {
    return written.length() == span.length() ? written.split("\\.", -1) : new String[] {written};
  }

  /** How many written segments there are (1 for {@code email}, 2 for {@code contact.email}). */
  public int segmentCount() {
    return segments().length;
  }

  /** The path segment {@code index} of the written name refers to. */
  public String pathAt(int index) {
    int drop = segmentCount() - 1 - index;
    String result = path;
    for (int i = 0; i < drop; i++) {
      int dot = result.lastIndexOf('.');
      result = dot < 0 ? result : result.substring(0, dot);
    }
    return result;
  }

  /** The span of segment {@code index}; the last segment stands for the whole name. */
  public Span segmentSpan(int index) {
    String[] segments = segments();
    if (index == segments.length - 1) {
      return span;
    }
    int offset = 0;
    for (int i = 0; i < index; i++) {
      offset += segments[i].length() + 1;
    }
    return new Span(span.file(), span.line(), span.column() + offset, segments[index].length());
  }

  /** The segment at a 1-based code point column of the span's line, if any. */
  public Optional<Integer> segmentAt(int line, int column) {
    if (line != span.line() || column < span.column() || column > span.column() + span.length()) {
      return Optional.empty();
    }
    for (int i = 0; i < segmentCount(); i++) {
      Span s = segmentSpan(i);
      if (column >= s.column() && column <= s.column() + s.length()) {
        return Optional.of(i);
      }
    }
    return Optional.of(segmentCount() - 1);
  }

  /**
   * True when the segment {@code index} declares the name (only the last segment of a declaration).
   */
  public boolean declares(int index) {
    return declaration && index == segmentCount() - 1;
  }
}
