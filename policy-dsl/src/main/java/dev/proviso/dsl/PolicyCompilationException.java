package dev.proviso.dsl;

import dev.proviso.dsl.diagnostics.Diagnostic;
import java.util.List;

/**
 * Thrown by {@link CompilationResult#modelOrThrow()} and {@link Policies}; the message is the
 * rendered diagnostics.
 */
public final class PolicyCompilationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public PolicyCompilationException(String message, List<Diagnostic> diagnostics) {
    super(message);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
