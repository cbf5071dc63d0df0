package dev.proviso.dsl.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.dsl.PolicyCompilationException;
import dev.proviso.dsl.internal.ast.PolicyFile;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import dev.proviso.dsl.internal.syntax.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PolicyFormatterTest {

  private static final Path SHOP = Path.of("src/test/resources/policies/shop");

  @Test
  void format_messyInput_printsCanonicalFormKeepingComments() {
    String messy =
        """
        # top comment

        policy   "x"    version 1   # trailing
        subject{region:text,age:number}
        category contact provided { # inside
           email,
           phone sensitive
        }


        allow contact for marketing when (subject.age > 3 or subject.age < 1) and subject.region == "EU" # t
        regime brand {   # house rules
          deny contact for marketing
          # dangling
        }
        """;

    assertThat(PolicyFormatter.format(messy))
        .isEqualTo(
            """
            # top comment

            policy "x" version 1  # trailing
            subject { region: text, age: number }
            # inside
            category contact provided { email, phone sensitive }

            allow contact for marketing when (subject.age > 3 or subject.age < 1) and subject.region == "EU"  # t
            regime brand {  # house rules
              deny contact for marketing
              # dangling
            }
            """);
  }

  @Test
  void format_longRule_breaksClausesOntoContinuationLines() {
    String rule =
        "allow contact.email for marketing.email when consent(marketing.email) and"
            + " subject.region in [\"EU\", \"EEA\"] with audit because \"we asked first\"";

    assertThat(PolicyFormatter.format(rule))
        .isEqualTo(
            """
            allow contact.email for marketing.email
              when consent(marketing.email) and subject.region in ["EU", "EEA"]
              with audit
              because "we asked first"
            """);
  }

  @Test
  void format_durations_useCanonicalSpelling() {
    assertThat(PolicyFormatter.format("retain a for b 24 hours after event.x"))
        .isEqualTo("retain a for b 24h after event.x\n");
  }

  @Test
  void format_shopFiles_isIdempotentKeepsEveryCommentAndPreservesTheTree() throws IOException {
    try (Stream<Path> files = Files.list(SHOP)) {
      for (Path file : files.toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String formatted = PolicyFormatter.format(text);

        assertThat(PolicyFormatter.format(formatted)).as(file.toString()).isEqualTo(formatted);
        assertThat(comments(formatted)).as(file.toString()).isEqualTo(comments(text));
        assertThat(parse(formatted)).as(file.toString()).isEqualTo(parse(text));
      }
    }
  }

  @Test
  void format_randomTrees_printParseBackToTheSameTree() {
    long seed = Long.getLong("proviso.fuzz.seed", System.nanoTime());
    System.out.println("PolicyFormatterTest seed: -Dproviso.fuzz.seed=" + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 1000; i++) {
      PolicyFile tree = new RandomAst(random).file();
      String printed = PolicyFormatter.print(tree);
      String context = "seed " + seed + ", case " + i + ":\n" + printed;

      assertThat(parse(printed)).as(context).isEqualTo(tree.statements());
      assertThat(PolicyFormatter.format(printed)).as(context).isEqualTo(printed);
    }
  }

  @Test
  void format_syntaxError_throwsWithTheRenderedDiagnostic() {
    assertThatThrownBy(() -> PolicyFormatter.format("shop.policy", "allow contact fo marketing"))
        .isInstanceOf(PolicyCompilationException.class)
        .hasMessageContaining("shop.policy:1:15: error[P001]: expected 'for', found 'fo'");
  }

  private static List<?> parse(String text) {
    ParsedSource parsed = SourceParser.parse("t.policy", text);
    assertThat(parsed.diagnostics()).as(text).isEmpty();
    return parsed.file().statements();
  }

  private static List<String> comments(String text) {
    Matcher m = Pattern.compile("#[^\n]*").matcher(text);
    return m.results().map(r -> r.group().strip()).toList();
  }
}
