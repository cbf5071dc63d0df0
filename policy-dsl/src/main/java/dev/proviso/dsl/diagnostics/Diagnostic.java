package dev.proviso.dsl.diagnostics;

import java.util.Objects;
import java.util.Optional;

/**
 * One finding of the compiler: a stable code, a message in the policy author's words, where it is,
 * and optional help (often a did-you-mean).
 *
 * <pre>{@code
 * new Diagnostic(DiagnosticCode.P101, "unknown data category 'contact.emial'", span,
 *     Optional.of("did you mean 'contact.email'?"));
 * }</pre>
 */
public record Diagnostic(
    DiagnosticCode code, String message, Span span, Optional<String> help, Severity severity) {

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(severity, "severity");
  }

  /** A diagnostic with its code's own severity. */
  public Diagnostic(DiagnosticCode code, String message, Span span, Optional<String> help) {
    this(code, message, span, help, code.severity());
  }

  public Diagnostic(DiagnosticCode code, String message, Span span) {
    this(code, message, span, Optional.empty());
  }

  /** This diagnostic reported as an error, as {@code --strict} reports warnings. */
  public Diagnostic asError() {
    return new Diagnostic(code, message, span, help, Severity.ERROR);
  }

  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /** The one-line form, {@code file:line:col: error[P101]: message}. */
  public String headline() {
    return span + ": " + severity().label() + "[" + code.name() + "]: " + message;
  }

  @Override
  public String toString() {
    return headline();
  }
}
