package dev.proviso.lsp.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.internal.grammar.PolicyLexer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Completion offers the keywords the lexer reads. */
class KeywordsTest {

  @Test
  void keywords_comparedWithTheLexer_areItsWordLiterals() {
    List<String> lexer = new ArrayList<>();
    for (int type = 1; type <= PolicyLexer.VOCABULARY.getMaxTokenType(); type++) {
      String literal = PolicyLexer.VOCABULARY.getLiteralName(type);
      if (literal != null && Character.isLetter(literal.charAt(1))) {
        lexer.add(literal.substring(1, literal.length() - 1));
      }
    }

    assertThat(Keywords.ALL).containsExactlyInAnyOrderElementsOf(lexer);
    assertThat(lexer).containsAll(Keywords.STATEMENTS).containsAll(Keywords.RULES);
    assertThat(lexer).containsAll(Keywords.STEPS);
  }
}
