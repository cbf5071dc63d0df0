package dev.proviso.lsp;

import static dev.proviso.lsp.LspSession.doc;
import static dev.proviso.lsp.LspSession.get;
import static dev.proviso.lsp.ShopEndToEnd.range;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outline, semantic tokens, related locations and the advertised capabilities. */
class OutlineAndTokensEndToEndTest {

  private static final String POLICY =
      """
      policy "t" version 1
      import "rules.policy"
      subject { age: number }
      category contact { email, health sensitive }
      purpose marketing { email }
      """;

  private static final String RULES =
      """
      regime gdpr applies when subject.age >= 0 {
        deny contact.health for marketing
        allow contact.email for marketing.email with mask(contact.email)
      }
      """;

  @TempDir Path dir;
  private LspSession session;
  private TextDocumentService documents;
  private String main;
  private String rules;

  @BeforeEach
  void open() {
    session = new LspSession();
    documents = session.server.getTextDocumentService();
    main = session.open(dir.resolve("t.policy").toUri().toString(), POLICY);
    rules = session.open(dir.resolve("rules.policy").toUri().toString(), RULES);
  }

  @AfterEach
  void close() {
    assertThat(session.logged).as("failures inside the server").isEmpty();
    session.close();
  }

  @Test
  void initialize_anyClient_advertisesEveryFeature() {
    ServerCapabilities c = session.initialized.getCapabilities();

    assertThat(c.getHoverProvider().getLeft()).isTrue();
    assertThat(c.getDefinitionProvider().getLeft()).isTrue();
    assertThat(c.getReferencesProvider().getLeft()).isTrue();
    assertThat(c.getDocumentFormattingProvider().getLeft()).isTrue();
    assertThat(c.getDocumentSymbolProvider().getLeft()).isTrue();
    assertThat(c.getWorkspaceSymbolProvider().getLeft()).isTrue();
    assertThat(c.getCodeActionProvider().getRight().getCodeActionKinds())
        .containsExactly("quickfix");
    assertThat(c.getCompletionProvider().getTriggerCharacters()).containsExactly(".", "(", " ");
    SemanticTokensLegend legend = c.getSemanticTokensProvider().getLegend();
    assertThat(legend.getTokenTypes())
        .containsExactly(
            "type", "enumMember", "namespace", "property", "event", "variable", "function");
    assertThat(legend.getTokenModifiers()).containsExactly("declaration", "sensitive");
  }

  @Test
  void documentSymbol_policyAndRegimeFiles_outlineTreesAndRules() {
    List<String> outline = new ArrayList<>();
    for (var either : get(documents.documentSymbol(new DocumentSymbolParams(doc(rules))))) {
      flatten(either.getRight(), "", outline);
    }
    for (var either : get(documents.documentSymbol(new DocumentSymbolParams(doc(main))))) {
      flatten(either.getRight(), "", outline);
    }

    assertThat(outline)
        .containsExactly(
            "Namespace regime gdpr 0:0-3:1",
            "  Event deny contact.health for marketing 1:2-1:35",
            "  Event allow contact.email for marketing.email with mask(contact.email) 2:2-2:66",
            "File policy t 0:0-0:20",
            "Package import rules.policy 1:0-1:21",
            "Struct subject 2:0-2:23",
            "  Property age 2:10-2:21",
            "Class contact 3:0-3:44",
            "  Class contact.email 3:19-3:24",
            "  Class contact.health 3:26-3:42",
            "EnumMember marketing 4:0-4:27",
            "  EnumMember marketing.email 4:20-4:25");
  }

  @Test
  void semanticTokens_regimeFile_markDeclarationsAndSensitiveCategories() {
    List<Integer> data =
        get(documents.semanticTokensFull(new SemanticTokensParams(doc(rules)))).getData();

    assertThat(decode(data, RULES))
        .containsExactly(
            "0:7 namespace+declaration 'gdpr'",
            "0:33 property 'age'",
            "1:7 type+sensitive 'contact.health'",
            "1:26 enumMember 'marketing'",
            "2:8 type 'contact.email'",
            "2:26 enumMember 'marketing.email'",
            "2:47 function 'mask'",
            "2:52 type 'contact.email'");
  }

  @Test
  void diagnostics_ofADuplicate_pointAtTheFirstDeclaration() {
    session.drain();
    session.change(rules, RULES + "category contact { fax }\n");

    Diagnostic duplicate =
        session.nextDiagnostics(rules).getDiagnostics().stream()
            .filter(d -> d.getCode().getLeft().equals("P110"))
            .findFirst()
            .orElseThrow();

    assertThat(duplicate.getRelatedInformation())
        .containsExactly(
            new DiagnosticRelatedInformation(
                new Location(main, range(3, 9, 3, 16)), "first declared here"));
  }

  @Test
  void definition_onAnImport_opensTheImportedFile() {
    List<? extends Location> locations =
        get(documents.definition(new DefinitionParams(doc(main), new Position(1, 10)))).getLeft();

    assertThat(locations).extracting(Location::getUri).containsExactly(rules);
  }

  @Test
  void hover_onAttributeAndBuiltin_tellsTheirTypeAndSignature() {
    assertThat(hoverText(rules, new Position(0, 34)))
        .isEqualTo("**attribute** `subject.age`: number\n\ndeclared at t.policy:3");
    assertThat(hoverText(rules, new Position(2, 48)))
        .isEqualTo(
            "**obligation, after 'with'** `mask(category[, method])`\n\n"
                + "the caller must mask the category's values (method: partial, truncate, hash or"
                + " redact); guards do it themselves\n\n"
                + "example: `mask(contact.phone, redact)`");
  }

  @Test
  void hover_onARuleOfAPolicyWithErrors_saysTheErrorsComeFirst() {
    session.change(rules, RULES.replace("marketing.email with", "marketing.emial with"));

    assertThat(hoverText(rules, new Position(1, 3)))
        .isEqualTo(
            "**rule** `rules.policy:2` in regime `gdpr`\n\nfix the errors to see the uses this rule covers\n");
  }

  private String hoverText(String uri, Position position) {
    return get(documents.hover(new HoverParams(doc(uri), position)))
        .getContents()
        .getRight()
        .getValue();
  }

  private static void flatten(DocumentSymbol s, String indent, List<String> out) {
    out.add(
        indent
            + s.getKind()
            + " "
            + s.getName()
            + " "
            + s.getRange().getStart().getLine()
            + ":"
            + s.getRange().getStart().getCharacter()
            + "-"
            + s.getRange().getEnd().getLine()
            + ":"
            + s.getRange().getEnd().getCharacter());
    if (s.getChildren() != null) {
      s.getChildren().forEach(c -> flatten(c, indent + "  ", out));
    }
  }

  private static List<String> decode(List<Integer> data, String text) {
    List<String> types =
        List.of("type", "enumMember", "namespace", "property", "event", "variable", "function");
    String[] lines = text.split("\n");
    List<String> out = new ArrayList<>();
    int line = 0;
    int start = 0;
    for (int i = 0; i < data.size(); i += 5) {
      line += data.get(i);
      start = data.get(i) == 0 ? start + data.get(i + 1) : data.get(i + 1);
      int mods = data.get(i + 4);
      String name =
          types.get(data.get(i + 3))
              + ((mods & 1) != 0 ? "+declaration" : "")
              + ((mods & 2) != 0 ? "+sensitive" : "");
      out.add(
          line
              + ":"
              + start
              + " "
              + name
              + " '"
              + lines[line].substring(start, start + data.get(i + 2))
              + "'");
    }
    return out;
  }
}
