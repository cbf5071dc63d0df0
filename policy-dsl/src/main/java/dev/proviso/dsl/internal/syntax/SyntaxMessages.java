package dev.proviso.dsl.internal.syntax;

import static dev.proviso.dsl.internal.grammar.PolicyParser.*;

import dev.proviso.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Turns what the parser expected into words a policy author knows; never token names. */
final class SyntaxMessages {
  private SyntaxMessages() {}

  /** More alternatives than this and the message names the construct instead. */
  private static final int MAX_LISTED = 3;

  private static final Map<Integer, String> PHRASES =
      Map.ofEntries(
          Map.entry(RULE_topItem, STATEMENT_PHRASE()),
          Map.entry(RULE_regimeItem, "a rule (allow, deny, require, oblige) or a retain statement"),
          Map.entry(RULE_testStep, "a test step (subject, given or expect)"),
          Map.entry(RULE_ruleDecl, "a rule"),
          Map.entry(RULE_condition, "a condition"),
          Map.entry(RULE_andCond, "a condition"),
          Map.entry(RULE_notCond, "a condition"),
          Map.entry(RULE_predicate, "a condition"),
          Map.entry(RULE_sum, "a value"),
          Map.entry(RULE_primary, "a value"),
          Map.entry(RULE_literal, "a value (text, number, true, false, instant, duration or list)"),
          Map.entry(RULE_duration, "a duration such as 24h, 30d or 10 years"),
          Map.entry(RULE_typeRef, "a type (text, number, bool, instant or list of text)"),
          Map.entry(RULE_categoryFlag, "a category flag"),
          Map.entry(RULE_selection, "a name or 'any'"),
          Map.entry(RULE_ruleSelection, "a name or 'any'"),
          Map.entry(RULE_ruleName, "a rule name in brackets, e.g. [marketing_email]"));

  private static String STATEMENT_PHRASE() {
    return "a statement (policy, import, subject, context, category, purpose, regime, allow,"
        + " deny, require, oblige, advisory, retain or test)";
  }

  /** {@code expected 'for', found 'fo'}. */
  static String expectedFound(IntervalSet expected, RuleContext context, Token found) {
    return "expected " + expected(expected, context) + ", found " + describe(found);
  }

  /** A did-you-mean when the author misspelled an expected keyword. */
  static Optional<String> keywordHelp(IntervalSet expected, Token found) {
    if (found.getType() != ID || expected == null) {
      return Optional.empty();
    }
    List<String> keywords = new ArrayList<>();
    for (int type : expected.toArray()) {
      String literal = VOCABULARY.getLiteralName(type);
      if (literal != null && Character.isLetter(literal.charAt(1))) {
        keywords.add(literal.substring(1, literal.length() - 1));
      }
    }
    return closestKeyword(found, keywords);
  }

  static Optional<String> closestKeyword(Token found, List<String> keywords) {
    if (found.getType() != ID) {
      return Optional.empty();
    }
    return Suggestions.closest(found.getText(), keywords).map(k -> "did you mean '" + k + "'?");
  }

  /** The keywords that may still follow a complete statement on its line. */
  static List<String> followers(ParserRuleContext item) {
    ParserRuleContext statement =
        item.getChildCount() == 1 && item.getChild(0) instanceof ParserRuleContext inner
            ? inner
            : item;
    if (statement instanceof RuleDeclContext rule) {
      statement = rule;
    }
    List<String> clauses = new ArrayList<>();
    if (statement instanceof EffectRuleContext e && e.because() == null) {
      if (e.WITH() == null) {
        if (e.UNLESS() == null) {
          if (e.WHEN() == null) {
            clauses.add("when");
          }
          clauses.add("unless");
        }
        clauses.add("with");
      }
      clauses.add("because");
    } else if (statement instanceof RequireRuleContext r && r.because() == null) {
      if (r.WHEN() == null) {
        clauses.add("when");
      }
      clauses.add("because");
    } else if (statement instanceof RetainDeclContext r && r.because() == null) {
      if (r.WHEN() == null) {
        clauses.add("when");
      }
      clauses.add("because");
    }
    return clauses;
  }

  /** Keywords that are names too (grammar rule contextualKeyword), read from the grammar. */
  private static final IntervalSet CONTEXTUAL =
      _ATN.nextTokens(_ATN.ruleToStartState[RULE_contextualKeyword]);

  /** Whether a keyword token can also stand where a name is expected. */
  static boolean contextual(int type) {
    return CONTEXTUAL.contains(type);
  }

  static String expected(IntervalSet expected, RuleContext context) {
    List<String> words = new ArrayList<>();
    if (expected != null) {
      boolean name = expected.contains(ID);
      for (int type : expected.toArray()) {
        if (name && CONTEXTUAL.contains(type)) {
          continue; // "a name" says it: a contextual keyword is one
        }
        String word = word(type);
        if (word != null && !words.contains(word)) {
          words.add(word);
        }
      }
    }
    Optional<String> selection = selectionPhrase(expected, context);
    if (selection.isPresent()) {
      return selection.get();
    }
    if (!words.isEmpty() && words.size() <= MAX_LISTED) {
      return join(words);
    }
    for (RuleContext c = context; c != null; c = c.parent) {
      String phrase = PHRASES.get(c.getRuleIndex());
      if (phrase != null) {
        return phrase;
      }
    }
    return words.isEmpty() ? "the end of the statement" : join(words.subList(0, MAX_LISTED));
  }

  /** At the start of a selection: categories come before 'for', purposes after. */
  private static Optional<String> selectionPhrase(IntervalSet expected, RuleContext context) {
    if (expected == null || !expected.contains(ANY)) {
      return Optional.empty();
    }
    for (RuleContext c = context; c != null; c = c.parent) {
      if (c instanceof SelectionContext selection && selection.getParent() != null) {
        // A rule's selection sits in a ruleSelection (the part before 'except').
        ParserRuleContext owner =
            selection.getParent() instanceof RuleSelectionContext r && r.getParent() != null
                ? r
                : selection;
        boolean afterFor = false;
        for (ParseTree child : owner.getParent().children) {
          if (child == owner) {
            break;
          }
          afterFor |= child instanceof TerminalNode t && t.getSymbol().getType() == FOR;
        }
        return Optional.of(afterFor ? "a purpose or 'any'" : "a data category or 'any'");
      }
    }
    return Optional.empty();
  }

  static String join(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " or "
        + words.get(words.size() - 1);
  }

  /** What the author wrote, quoted; never a token name. */
  static String describe(Token token) {
    return switch (token.getType()) {
      case Token.EOF -> "the end of the file";
      case STRING -> "the text " + token.getText();
      default -> "'" + token.getText() + "'";
    };
  }

  private static String word(int type) {
    return switch (type) {
      case Token.EOF -> "the end of the file";
      case ID -> "a name";
      case STRING -> "a quoted text";
      case NUMBER -> "a number";
      case DURATION -> "a duration";
      case INSTANT -> "an instant such as 2026-01-01T00:00:00Z";
      case EQ, NE, LT, LE, GT, GE -> "a comparison (==, !=, <, <=, >, >=)";
      case COMMA -> "a comma";
      case UNTERMINATED_STRING, UNKNOWN_CHAR -> null;
      default -> VOCABULARY.getLiteralName(type);
    };
  }
}
