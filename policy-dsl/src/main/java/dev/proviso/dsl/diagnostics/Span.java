package dev.proviso.dsl.diagnostics;

import java.util.Objects;

/**
 * A stretch of source text: file display name, 1-based line and column, and a length in characters
 * (at least 1, so a caret can always be drawn).
 */
public record Span(String file, int line, int column, int length) {

  public Span {
    Objects.requireNonNull(file, "file");
    length = Math.max(1, length);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
