package dev.proviso.lsp.textmate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Snapshot tests of the TextMate grammar's tokens on the example policies. A change to the grammar
 * shows up as a diff of the snapshots; to accept one, run with {@code -Dsnapshots.update=true} and
 * review the diff of {@code src/test/resources/textmate/}.
 */
class TextMateGrammarTest {

  static final Path GRAMMAR = Path.of("../editors/textmate/proviso.tmLanguage.json");
  static final Path EXAMPLES = Path.of("../examples/src/main/resources/policies/shop");
  static final Path SNAPSHOTS = Path.of("src/test/resources/textmate");

  @ParameterizedTest
  @ValueSource(strings = {"shop.policy", "gdpr.policy", "ccpa.policy", "brand.policy"})
  void tokens_ofExamplePolicy_matchTheSnapshot(String file) throws IOException {
    String tokens = render(tokenizer().tokenize(Files.readString(EXAMPLES.resolve(file))));
    Path snapshot = SNAPSHOTS.resolve(file + ".tokens");
    if (Boolean.getBoolean("snapshots.update")) {
      Files.createDirectories(SNAPSHOTS);
      Files.writeString(snapshot, tokens);
    }
    assertThat(tokens).isEqualTo(Files.readString(snapshot));
  }

  @Test
  void tokens_ofARule_nameEachPart() throws IOException {
    List<String> tokens =
        tokenizer()
            .tokenize("advisory deny inferred.affluence for marketing when subject.age < 16 # why")
            .stream()
            .map(TextMateTokenizer.Token::toString)
            .toList();

    assertThat(tokens)
        .containsExactly(
            "1:0-8 storage.modifier.proviso 'advisory'",
            "1:9-13 keyword.control.rule.proviso 'deny'",
            "1:14-32 variable.other.name.proviso 'inferred.affluence'",
            "1:33-36 keyword.other.proviso 'for'",
            "1:37-46 variable.other.name.proviso 'marketing'",
            "1:47-51 keyword.other.proviso 'when'",
            "1:52-59 variable.language.scope.proviso 'subject'",
            "1:59-60 punctuation.accessor.proviso '.'",
            "1:60-63 variable.other.property.proviso 'age'",
            "1:64-65 keyword.operator.comparison.proviso '<'",
            "1:66-68 constant.numeric.proviso '16'",
            "1:69-74 comment.line.number-sign.proviso '# why'");
  }

  @Test
  void tokens_ofAnUnterminatedText_endAtTheEndOfItsLine() throws IOException {
    List<String> tokens =
        tokenizer().tokenize("deny any for p because \"oops\nallow x for p").stream()
            .map(TextMateTokenizer.Token::toString)
            .toList();

    assertThat(tokens)
        .contains(
            "1:23-24 string.quoted.double.proviso punctuation.definition.string.begin.proviso '\"'",
            "1:24-28 string.quoted.double.proviso 'oops'",
            "2:0-5 keyword.control.rule.proviso 'allow'");
  }

  private static TextMateTokenizer tokenizer() throws IOException {
    return new TextMateTokenizer(Files.readString(GRAMMAR));
  }

  private static String render(List<TextMateTokenizer.Token> tokens) {
    return tokens.stream()
        .map(TextMateTokenizer.Token::toString)
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
