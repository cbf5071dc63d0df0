package dev.proviso.dsl.internal.syntax;

import static dev.proviso.dsl.internal.grammar.PolicyParser.DURATION;
import static dev.proviso.dsl.internal.grammar.PolicyParser.GIVEN;
import static dev.proviso.dsl.internal.grammar.PolicyParser.ID;
import static dev.proviso.dsl.internal.grammar.PolicyParser.NUMBER;

import dev.proviso.Suggestions;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Reads the clauses of a consent declaration after its purposes, {@code [valid DURATION] [explicit]
 * [given by ROLE]}, each at most once and in that order, all on the line where the purposes end.
 * They are read here rather than by the grammar so that their words stay ordinary names and so that
 * the clause loop can never run into the next statement: a token on another line ends the
 * declaration.
 */
final class ConsentClauses {
  private static final List<String> WORDS = List.of("valid", "explicit", "given");

  /** The clauses read; tokens are null for clauses that are absent. */
  record Clauses(Token validFirst, Token validLast, Token explicit, Token role, Token last) {}

  private final TokenStream tokens;
  private final SyntaxErrors errors;
  private final int line;

  private ConsentClauses(TokenStream tokens, SyntaxErrors errors) {
    this.tokens = tokens;
    this.errors = errors;
    this.line = tokens.LT(-1).getLine();
  }

  /**
   * Reads the clauses from the token after the purposes; empty (reported, with the offending token
   * not consumed) when a clause is misspelt, misplaced or incomplete.
   */
  static Optional<Clauses> read(TokenStream tokens, SyntaxErrors errors) {
    return new ConsentClauses(tokens, errors).read();
  }

  private Optional<Clauses> read() {
    Token validFirst = null;
    Token validLast = null;
    Token explicit = null;
    Token role = null;
    int last = -1;
    while (onLine(1)) {
      Token word = tokens.LT(1);
      int index =
          word.getType() == ID || word.getType() == GIVEN ? WORDS.indexOf(word.getText()) : -1;
      if (index < 0) {
        return fail(
            word,
            "expected 'valid', 'explicit', 'given by' or the end of the line, found "
                + SyntaxMessages.describe(word),
            Suggestions.closest(word.getText(), WORDS)
                .map(s -> "did you mean '" + (s.equals("given") ? "given by" : s) + "'?"));
      }
      if (index <= last) {
        return fail(
            word,
            "'" + word.getText() + "' is out of place in this consent declaration",
            Optional.of(
                "write each clause once, in the order: valid DURATION, explicit, given by ROLE"));
      }
      last = index;
      tokens.consume();
      switch (index) {
        case 0 -> {
          validFirst = tokens.LT(1);
          validLast = duration();
          if (validLast == null) {
            return fail(
                onLine(1) ? tokens.LT(1) : word,
                "'valid' needs a duration",
                Optional.of("say how long a grant stays in force, e.g. valid 24 months"));
          }
        }
        case 1 -> {
          explicit = word;
          if (onLine(1) && (is(1, DURATION) || is(1, NUMBER))) {
            return fail(
                tokens.LT(1),
                "'explicit' takes no duration",
                Optional.of("the validity goes first: valid 24 months explicit"));
          }
        }
        default -> {
          if (!onLine(1) || !is(1, ID) || !tokens.LT(1).getText().equals("by")) {
            return fail(
                onLine(1) ? tokens.LT(1) : word,
                "expected 'by' after 'given'",
                Optional.of("a consent given by someone else names the role: given by guardian"));
          }
          tokens.consume();
          if (!onLine(1) || !is(1, ID)) {
            return fail(
                onLine(1) ? tokens.LT(1) : tokens.LT(-1),
                "'given by' needs a role",
                Optional.of("name who gives it, e.g. given by guardian"));
          }
          role = tokens.LT(1);
          tokens.consume();
        }
      }
    }
    return Optional.of(new Clauses(validFirst, validLast, explicit, role, tokens.LT(-1)));
  }

  /** Consumes {@code 24 months} or {@code 48h}; the last token, or null when there is none. */
  private Token duration() {
    if (onLine(1) && is(1, DURATION)) {
      tokens.consume();
      return tokens.LT(-1);
    }
    if (onLine(1) && is(1, NUMBER) && onLine(2) && is(2, ID)) {
      tokens.consume();
      tokens.consume();
      return tokens.LT(-1);
    }
    return null;
  }

  private boolean onLine(int k) {
    Token t = tokens.LT(k);
    return t.getType() != Token.EOF && t.getLine() == line;
  }

  private boolean is(int k, int type) {
    return tokens.LT(k).getType() == type;
  }

  private Optional<Clauses> fail(Token at, String message, Optional<String> help) {
    errors.report(at, message, help);
    return Optional.empty();
  }
}
