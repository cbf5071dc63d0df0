package dev.proviso.lsp.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.lsp.workspace.DocumentView;
import dev.proviso.lsp.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of did-you-mean the compiler gives has a quick fix, and applying it removes the
 * diagnostic: a typo in each place the compiler suggests a name.
 */
class QuickFixesTest {

  private static final String BASE =
      """
      policy "t" version 1
      subject { age: number, region: text }
      category contact { email, phone }
      purpose marketing { email }
      allow contact.email for marketing.email when subject.age >= 16 and not opted_out(sale) \
      and elapsed(event.signup) > 1d
      """;

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "P101 | allow contact.emial for marketing | allow contact.email for marketing",
        "P101 | category contat.fax | category contact.fax",
        "P102 | allow contact for marketing.emial | allow contact for marketing.email",
        "P102 | purpose marketin.sms | purpose marketing.sms",
        "P106 | context { channel: txt } | context { channel: text }",
        "P103 | deny contact for marketing when subject.agee < 16 | deny contact for marketing when subject.age < 16",
        "P107 | deny contact for marketing when consnet(marketing) | deny contact for marketing when consent(marketing)",
        "P107 | allow contact for marketing with aduit | allow contact for marketing with audit",
        "P121 | import pack \"gdrp\" | import pack \"gdpr\"",
        "P121 | import taxonomy \"fideslng\" | import taxonomy \"fideslang\"",
        "P001 | allow contact fro marketing | allow contact for marketing",
        "P103 | test \"t\" at 2026-01-01T00:00:00Z { subject { agee: 30 } } | test \"t\" at 2026-01-01T00:00:00Z { subject { age: 30 } }",
        "P104 | test \"t\" at 2026-01-01T00:00:00Z { given event.signpu at 2026-01-01T00:00:00Z } | test \"t\" at 2026-01-01T00:00:00Z { given event.signup at 2026-01-01T00:00:00Z }",
        "P105 | test \"t\" at 2026-01-01T00:00:00Z { given opted_out(sael) at 2026-01-01T00:00:00Z } | test \"t\" at 2026-01-01T00:00:00Z { given opted_out(sale) at 2026-01-01T00:00:00Z }",
        "P107 | test \"t\" at 2026-01-01T00:00:00Z { given erasur at 2026-01-01T00:00:00Z } | test \"t\" at 2026-01-01T00:00:00Z { given erasure at 2026-01-01T00:00:00Z }",
      })
  void quickFix_forEveryDidYouMean_removesTheDiagnostic(String code, String typo, String fixed) {
    String text = BASE + typo + "\n";
    DocumentView view = view(text);
    assertThat(view.analysis().diagnostics())
        .as("the typo is reported with a did-you-mean")
        .anyMatch(d -> d.code().name().equals(code) && QuickFixes.suggestion(d).isPresent());
    int line = BASE.split("\n").length;
    Range all =
        new Range(
            new org.eclipse.lsp4j.Position(line, 0), new org.eclipse.lsp4j.Position(line, 1000));

    List<CodeAction> actions = QuickFixes.at(view, all);

    assertThat(actions).isNotEmpty();
    String result = apply(text, actions.get(0).getEdit().getChanges().get(view.uri()));
    assertThat(result.split("\n")[line]).isEqualTo(fixed);
    assertThat(view(result).analysis().diagnostics())
        .noneMatch(d -> d.code().name().equals(code) && d.span().line() == line + 1);
  }

  private static DocumentView view(String text) {
    Workspace workspace = new Workspace();
    String uri = Path.of("/nonexistent-dir-for-tests/t.policy").toUri().toString();
    workspace.put(uri, text);
    return workspace.view(uri).orElseThrow();
  }

  /** Applies single-line edits, last first. */
  private static String apply(String text, List<TextEdit> edits) {
    String[] lines = text.split("\n", -1);
    List<TextEdit> sorted =
        edits.stream()
            .sorted(
                (a, b) ->
                    Integer.compare(
                        b.getRange().getStart().getCharacter(),
                        a.getRange().getStart().getCharacter()))
            .toList();
    for (TextEdit edit : sorted) {
      int l = edit.getRange().getStart().getLine();
      String line = lines[l];
      lines[l] =
          line.substring(0, edit.getRange().getStart().getCharacter())
              + edit.getNewText()
              + line.substring(Math.min(line.length(), edit.getRange().getEnd().getCharacter()));
    }
    return String.join("\n", lines);
  }
}
