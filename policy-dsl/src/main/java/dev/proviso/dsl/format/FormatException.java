package dev.proviso.dsl.format;

/**
 * A policy source that could not be formatted: unreadable, or not parseable. The message is one
 * line naming the file and, for a syntax error, its line, column and code.
 */
public final class FormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean syntax;

  FormatException(String message, boolean syntax) {
    super(message);
    this.syntax = syntax;
  }

  /** True for a syntax error, false when the file could not be read. */
  public boolean syntax() {
    return syntax;
  }
}
