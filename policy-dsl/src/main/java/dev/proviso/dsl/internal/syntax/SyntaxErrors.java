package dev.proviso.dsl.internal.syntax;

import static dev.proviso.dsl.internal.grammar.PolicyParser.ASSIGN;
import static dev.proviso.dsl.internal.grammar.PolicyParser.DURATION;
import static dev.proviso.dsl.internal.grammar.PolicyParser.NUMBER;
import static dev.proviso.dsl.internal.grammar.PolicyParser.UNKNOWN_CHAR;
import static dev.proviso.dsl.internal.grammar.PolicyParser.UNTERMINATED_STRING;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.diagnostics.Span;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Turns what went wrong while parsing into diagnostics, one per broken statement. */
final class SyntaxErrors {

  private final AstBuilder builder;
  private final List<Diagnostic> diagnostics;

  private final TokenStream tokens;

  SyntaxErrors(AstBuilder builder, TokenStream tokens, List<Diagnostic> diagnostics) {
    this.builder = builder;
    this.tokens = tokens;
    this.diagnostics = diagnostics;
  }

  /** Where to point: at the token, or for the end of the file just after the last token. */
  private Span at(Token found) {
    if (found.getType() == Token.EOF) {
      for (int i = found.getTokenIndex() - 1; i >= 0; i--) {
        Token last = tokens.get(i);
        if (last.getChannel() == Token.DEFAULT_CHANNEL) {
          Span span = builder.span(last);
          return new Span(span.file(), span.line(), span.column() + span.length(), 1);
        }
      }
    }
    return builder.span(found);
  }

  void unclosed(Token keyword, Token next, String what) {
    diagnostics.add(
        new Diagnostic(
            DiagnosticCode.P006,
            "this " + what + " is not closed: expected '}' before " + SyntaxMessages.describe(next),
            builder.span(keyword),
            Optional.of("add '}' after the last line of the " + what)));
  }

  void tooDeep(Token start) {
    diagnostics.add(
        new Diagnostic(
            DiagnosticCode.P007,
            "this statement nests more than " + NestingDepth.MAX + " levels deep",
            builder.span(start),
            Optional.of("split the condition into simpler rules, or flatten the nested blocks")));
  }

  void report(RecognitionException error, Token current) {
    Token found = error.getOffendingToken();
    if (found == null) {
      found = current;
    }
    IntervalSet expected = expectedTokens(error);
    report(
        found,
        SyntaxMessages.expectedFound(expected, error.getCtx(), found),
        SyntaxMessages.keywordHelp(expected, found));
  }

  /** A syntax error at {@code found}; broken text and stray characters get their own codes. */
  void report(Token found, String message, Optional<String> help) {
    if (found.getType() == UNTERMINATED_STRING) {
      diagnostics.add(
          new Diagnostic(
              DiagnosticCode.P002,
              "this text is missing its closing quote",
              builder.span(found),
              Optional.of("end the text with \" on the same line")));
    } else if (found.getType() == UNKNOWN_CHAR && negativeDuration(found)) {
      Token amount = tokens.get(found.getTokenIndex() + 1);
      diagnostics.add(
          new Diagnostic(
              DiagnosticCode.P206,
              "a duration cannot be negative: '-" + amount.getText() + "'",
              builder.span(found),
              Optional.of(
                  "to look back in time, compare the other way: elapsed(event.visit) < "
                      + amount.getText())));
    } else if (found.getType() == UNKNOWN_CHAR) {
      diagnostics.add(
          new Diagnostic(
              DiagnosticCode.P003,
              "unexpected character " + StrayCharacters.describe(found.getText()) + " in a policy",
              builder.span(found),
              StrayCharacters.help(found.getText())
                  .or(
                      () ->
                          Optional.of(
                              "names use letters, digits and '_'; comments start with '#'"))));
    } else if (found.getType() == ASSIGN && help.isEmpty()) {
      diagnostics.add(
          new Diagnostic(
              DiagnosticCode.P001,
              message,
              at(found),
              Optional.of("to compare, write '=='; '=' only sets a value in a test's 'given'")));
    } else {
      diagnostics.add(new Diagnostic(DiagnosticCode.P001, message, at(found), help));
    }
  }

  /** {@code -24h}: a minus sign right before a duration or a number. */
  private boolean negativeDuration(Token minus) {
    if (!minus.getText().equals("-") || minus.getTokenIndex() + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(minus.getTokenIndex() + 1);
    return (next.getType() == DURATION || next.getType() == NUMBER)
        && next.getStartIndex() == minus.getStopIndex() + 1;
  }

  private static IntervalSet expectedTokens(RecognitionException error) {
    try {
      return error.getExpectedTokens();
    } catch (RuntimeException e) {
      return null; // no ATN state to ask: the message falls back to the construct's name
    }
  }
}
