package dev.proviso.dsl.internal.syntax;

import dev.proviso.Suggestions;
import dev.proviso.dsl.internal.grammar.PolicyParser.ConsentClauseContext;
import dev.proviso.dsl.internal.grammar.PolicyParser.ConsentDeclContext;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * Checks the contextual words of a consent declaration, which the grammar leaves as plain names so
 * that none of them is reserved: {@code valid DURATION}, {@code explicit} and {@code given by
 * ROLE}, each at most once and in that order.
 */
final class ConsentClauses {
  private static final List<String> WORDS = List.of("valid", "explicit", "given");

  private ConsentClauses() {}

  /** Reports the first misplaced or misspelt word; true when the declaration is well formed. */
  static boolean check(ConsentDeclContext c, SyntaxErrors errors) {
    int last = -1;
    for (ConsentClauseContext clause : c.consentClause()) {
      Token word = clause.GIVEN() != null ? clause.GIVEN().getSymbol() : clause.ID(0).getSymbol();
      int index = WORDS.indexOf(word.getText());
      if (index < 0) {
        errors.report(
            word,
            "expected 'valid', 'explicit', 'given by' or the end of the line, found '"
                + word.getText()
                + "'",
            Suggestions.closest(word.getText(), WORDS).map(s -> "did you mean '" + s + "'?"));
        return false;
      }
      if (index <= last) {
        errors.report(
            word,
            "'" + word.getText() + "' is out of place in this consent declaration",
            Optional.of(
                "write each clause once, in the order: valid DURATION, explicit, given by ROLE"));
        return false;
      }
      last = index;
      if (clause.GIVEN() != null && !clause.ID(0).getText().equals("by")) {
        errors.report(
            clause.ID(0).getSymbol(),
            "expected 'by' after 'given', found '" + clause.ID(0).getText() + "'",
            Optional.of("a consent given by someone else names the role: given by guardian"));
        return false;
      }
      boolean hasDuration = clause.duration() != null;
      if (index == 0 && !hasDuration) {
        errors.report(
            word,
            "'valid' needs a duration",
            Optional.of("say how long a grant stays in force, e.g. valid 24 months"));
        return false;
      }
      if (index == 1 && hasDuration) {
        errors.report(
            clause.duration().getStart(),
            "'explicit' takes no duration",
            Optional.of("the validity goes first: valid 24 months explicit"));
        return false;
      }
    }
    return true;
  }
}
