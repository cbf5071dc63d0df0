package dev.proviso.lsp;

import static dev.proviso.lsp.LspSession.at;
import static dev.proviso.lsp.LspSession.doc;
import static dev.proviso.lsp.LspSession.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.util.List;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** Definition and references across the files of the shop policy. */
class NavigationEndToEndTest extends ShopEndToEnd {

  @Test
  void definition_fromAnImportedRegimeFile_goesToTheShopsDeclaration() throws Exception {
    String gdpr = session.open(dir.resolve("gdpr.policy"));
    String gdprText = Files.readString(dir.resolve("gdpr.policy"));

    assertThat(definition(gdpr, at(gdprText, "contact.email", 0, 9)))
        .containsExactly(new Location(shop, range(11, 28, 11, 33)));
  }

  @Test
  void definition_onTheFirstSegment_goesToTheParentCategory() {
    assertThat(definition(shop, at(shopText, TYPO_LINE, 0, 8)))
        .containsExactly(new Location(shop, range(11, 9, 11, 16)));
  }

  @Test
  void references_ofAPurpose_spanEveryFileOfThePolicy() {
    ReferenceParams params =
        new ReferenceParams(
            doc(shop), at(shopText, "legal { tax_records }", 0, 9), new ReferenceContext(true));

    List<? extends Location> references = get(documents.references(params));

    assertThat(references)
        .extracting(
            l ->
                l.getUri().substring(l.getUri().lastIndexOf('/') + 1)
                    + ":"
                    + (l.getRange().getStart().getLine() + 1))
        .containsExactly(
            "shop.policy:21",
            "shop.policy:32",
            "shop.policy:100",
            "shop.policy:103",
            "gdpr.policy:10");
  }

  @Test
  void definition_onARuleName_goesToTheRule() {
    String text = named();
    session.change(shop, text);
    assertThat(session.nextDiagnostics(shop).getDiagnostics()).isEmpty();

    assertThat(definition(shop, at(text, "[newsletter]", 0, 4)))
        .containsExactly(new Location(shop, range(24, 6, 24, 16)));
  }

  @Test
  void references_ofARule_areWhereItsIdIsWritten() {
    String text = named();
    session.change(shop, text);
    session.nextDiagnostics(shop);
    Position onName = at(text, "[newsletter]", 0, 1);
    Position onKeyword = at(text, "allow behavior for analytics", 0, 2);

    assertThat(get(documents.references(references(onName, true))))
        .containsExactly(new Location(shop, range(24, 6, 24, 16)));
    assertThat(get(documents.references(references(onName, false)))).isEmpty();
    // An unnamed rule's id, shop.policy:26, is written nowhere but in its keyword's place.
    assertThat(get(documents.references(references(onKeyword, true))))
        .containsExactly(new Location(shop, range(25, 0, 25, 5)));
  }

  @Test
  void workspaceSymbol_aRuleIdFromADecisionLog_findsTheRuleInAnyFileOfThePolicy() {
    session.change(shop, named());
    session.nextDiagnostics(shop);
    String gdpr = dir.resolve("gdpr.policy").toUri().toString();

    assertThat(workspaceSymbols("newsletter"))
        .containsExactly(
            new WorkspaceSymbol(
                "newsletter",
                SymbolKind.Event,
                Either.forLeft(new Location(shop, range(24, 6, 24, 16))),
                "shop.policy"));
    assertThat(workspaceSymbols("gdpr.policy:3"))
        .containsExactly(
            new WorkspaceSymbol(
                "gdpr.policy:3",
                SymbolKind.Event,
                Either.forLeft(new Location(gdpr, range(2, 2, 2, 9))),
                "regime gdpr"));
    assertThat(workspaceSymbols("marketing.ema"))
        .extracting(WorkspaceSymbol::getName, WorkspaceSymbol::getKind)
        .containsExactly(tuple("marketing.email", SymbolKind.EnumMember));
  }

  @Test
  void didChange_aRuleNameUsedTwice_pointsAtTheRuleThatHasItFirst() {
    session.change(
        shop,
        named()
            .replaceFirst(
                "allow behavior for analytics", "allow[newsletter] behavior for analytics"));

    Diagnostic duplicate = session.nextDiagnostics(shop).getDiagnostics().get(0);

    assertThat(duplicate.getCode().getLeft()).isEqualTo("P116");
    assertThat(duplicate.getRange()).isEqualTo(range(25, 6, 25, 16));
    assertThat(duplicate.getRelatedInformation())
        .containsExactly(
            new DiagnosticRelatedInformation(
                new Location(shop, range(24, 6, 24, 16)), "first named here"));
  }

  /** The shop with its newsletter rule named, as decision logs and coverage then cite it. */
  private String named() {
    return shopText.replaceFirst(
        "allow contact.email for marketing.email",
        "allow[newsletter] contact.email for marketing.email");
  }

  private List<Location> definition(String uri, Position position) {
    return get(documents.definition(new DefinitionParams(doc(uri), position))).getLeft().stream()
        .map(Location.class::cast)
        .toList();
  }

  private ReferenceParams references(Position position, boolean declaration) {
    return new ReferenceParams(doc(shop), position, new ReferenceContext(declaration));
  }

  private List<WorkspaceSymbol> workspaceSymbols(String query) {
    return get(session.server.getWorkspaceService().symbol(new WorkspaceSymbolParams(query)))
        .getRight()
        .stream()
        .map(WorkspaceSymbol.class::cast)
        .toList();
  }
}
