package dev.proviso.model;

import java.util.Objects;

/**
 * Where a declaration came from: a policy file, a 1-based line and a 1-based column.
 *
 * <p>Rendered as {@code shop.policy:12:17}, the form diagnostics and explanations use.
 */
public record SourceLocation(String file, int line, int column) {

  /** A location for declarations built in code rather than parsed from a file. */
  public static final SourceLocation UNKNOWN = new SourceLocation("<unknown>", 0, 0);

  public SourceLocation {
    Objects.requireNonNull(file, "file");
  }

  /** {@code file:line}, the short form used for rule ids and test assertions. */
  public String fileAndLine() {
    return file + ":" + line;
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
