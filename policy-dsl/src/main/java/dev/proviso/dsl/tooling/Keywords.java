package dev.proviso.dsl.tooling;

import dev.proviso.dsl.internal.grammar.PolicyLexer;
import java.util.ArrayList;
import java.util.List;

/**
 * The language's reserved words, read from its lexer, in the grammar's order.
 *
 * <pre>{@code
 * Keywords.all().contains("allow"); // true
 * }</pre>
 */
public final class Keywords {
  private Keywords() {}

  private static final List<String> ALL = read();

  public static List<String> all() {
    return ALL;
  }

  private static List<String> read() {
    List<String> words = new ArrayList<>();
    for (int type = 1; type <= PolicyLexer.VOCABULARY.getMaxTokenType(); type++) {
      String literal = PolicyLexer.VOCABULARY.getLiteralName(type);
      // Literal names are quoted: 'allow'; punctuation such as '{' is no word.
      if (literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1))) {
        words.add(literal.substring(1, literal.length() - 1));
      }
    }
    return List.copyOf(words);
  }
}
