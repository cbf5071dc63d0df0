package dev.proviso.dsl.internal.ast;

import java.util.List;

/** One parsed {@code .policy} file: its display name and statements in source order. */
public record PolicyFile(String file, List<Statement> statements) {
  public PolicyFile {
    statements = List.copyOf(statements);
  }
}
