package dev.proviso.dsl.internal.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/**
 * Stops the statement at its first error instead of repairing it: ANTLR's default recovery inserts
 * or deletes tokens, which would make the compiler act on input the author never wrote. {@link
 * SourceParser} reports the error and resumes at the next statement.
 */
final class BailErrorStrategy extends DefaultErrorStrategy {

  /** Carries the recognition error out of the generated parser. */
  static final class SyntaxFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient RecognitionException error;

    SyntaxFailure(RecognitionException error) {
      super(null, null, false, false);
      this.error = error;
    }
  }

  @Override
  public void reportError(Parser recognizer, RecognitionException e) {
    // Reported by SourceParser, once per statement, in the author's words.
  }

  @Override
  public void recover(Parser recognizer, RecognitionException e) {
    throw new SyntaxFailure(e);
  }

  @Override
  public Token recoverInline(Parser recognizer) {
    throw new SyntaxFailure(new InputMismatchException(recognizer));
  }

  @Override
  public void sync(Parser recognizer) {
    // No single-token deletion: errors surface at the next match instead.
  }
}
