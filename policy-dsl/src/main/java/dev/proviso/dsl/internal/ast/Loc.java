package dev.proviso.dsl.internal.ast;

import dev.proviso.dsl.diagnostics.Span;

/**
 * Where a node came from: its span and the indexes of its first and last token (the formatter uses
 * them to find comments). Deliberately neutral in equality, so two trees that differ only in layout
 * are equal and {@code parse(format(ast)).equals(ast)} holds.
 */
public record Loc(Span span, int firstToken, int lastToken) {

  /** For nodes built in code (tests, generators). */
  public static final Loc NONE = new Loc(new Span("<none>", 0, 0, 1), -1, -1);

  @Override
  public boolean equals(Object other) {
    return other instanceof Loc;
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
