package dev.proviso.dsl.tooling;

import dev.proviso.dsl.diagnostics.Span;

/**
 * One place a symbol is written: the symbol's kind and full name, the exact span written (a dotted
 * name's leading segment for an ancestor, the whole name for the symbol itself), and whether it
 * declares the symbol there.
 */
public record Occurrence(SymbolKind kind, String name, Span span, boolean declaration) {

  /** True when the 1-based line and code point column lie on the written name (or touch it). */
  public boolean covers(String file, int line, int column) {
    return covers(span, file, line, column);
  }

  static boolean covers(Span span, String file, int line, int column) {
    return span.file().equals(file)
        && span.line() == line
        && column >= span.column()
        && column <= span.column() + span.length();
  }
}
