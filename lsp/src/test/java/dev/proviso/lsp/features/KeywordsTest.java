package dev.proviso.lsp.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Completion offers the keywords the lexer reads, grouped by what they start. */
class KeywordsTest {

  @Test
  void keywords_ofEachPlace_areWordsOfTheLanguage() {
    assertThat(Keywords.ALL)
        .contains("policy", "allow", "deny", "require", "retain", "given", "expect", "when")
        .doesNotContain("{", "==")
        .doesNotHaveDuplicates();
    assertThat(Keywords.ALL).containsAll(Keywords.STATEMENTS).containsAll(Keywords.RULES);
    assertThat(Keywords.ALL).containsAll(Keywords.STEPS);
  }
}
