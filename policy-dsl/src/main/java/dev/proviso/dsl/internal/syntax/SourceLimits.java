package dev.proviso.dsl.internal.syntax;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.ast.PolicyFile;
import java.util.List;
import java.util.Optional;

/**
 * The largest source the compiler accepts. Peak heap while compiling is a small multiple of the
 * source (tokens, trees, the model; measured in docs/reliability.md), so a cap on the text bounds
 * the memory a compile can take, and a file over it is an error instead of an OutOfMemoryError.
 */
public final class SourceLimits {
  private SourceLimits() {}

  /** 4 Mi characters: some forty times the 10,000-rule test policy. */
  public static final int MAX_SOURCE_CHARS = 4 * 1024 * 1024;

  /** All files of one policy together (imports included): four files at the cap. */
  public static final long MAX_TOTAL_CHARS = 4L * MAX_SOURCE_CHARS;

  /** Files larger than this many bytes are not even read (UTF-8 needs at most 4 per char). */
  public static final long MAX_SOURCE_BYTES = 4L * MAX_SOURCE_CHARS;

  /** The message for a source over the limit. */
  public static String tooLargeMessage(long size, String unit) {
    return "this file has "
        + size
        + " "
        + unit
        + ", over the compiler's limit of "
        + MAX_SOURCE_CHARS
        + " characters";
  }

  static ParsedSource tooLarge(String fileName, String text) {
    Diagnostic diagnostic =
        new Diagnostic(
            DiagnosticCode.P007,
            tooLargeMessage(text.length(), "characters"),
            new Span(fileName, 0, 0, 1),
            Optional.of("split the policy into several imported files"));
    return new ParsedSource(
        new PolicyFile(fileName, List.of()), "", List.of(diagnostic), List.of());
  }
}
