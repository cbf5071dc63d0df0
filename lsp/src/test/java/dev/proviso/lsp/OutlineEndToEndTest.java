package dev.proviso.lsp;

import static dev.proviso.lsp.LspSession.doc;
import static dev.proviso.lsp.LspSession.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.junit.jupiter.api.Test;

/** The shop's outline: each rule spans all its lines and carries its id. */
class OutlineEndToEndTest extends ShopEndToEnd {

  @Test
  void documentSymbol_multiLineRules_spanFromTheirFirstTokenToTheEndOfTheirLast() {
    List<DocumentSymbol> rules = rules(shop);

    assertThat(rules)
        .extracting(
            s ->
                s.getDetail()
                    + " "
                    + s.getRange().getStart().getLine()
                    + ":"
                    + s.getRange().getStart().getCharacter()
                    + "-"
                    + s.getRange().getEnd().getLine()
                    + ":"
                    + s.getRange().getEnd().getCharacter())
        .startsWith(
            "shop.policy:23 22:0-23:56",
            "shop.policy:25 24:0-24:98",
            "shop.policy:26 25:0-25:55",
            "shop.policy:27 26:0-26:89",
            "shop.policy:28 27:0-30:54",
            "shop.policy:32 31:0-31:93");
    assertThat(rules.get(0).getName())
        .isEqualTo("allow contact, financial, behavior.purchases for fulfilment");
    assertThat(rules.get(0).getSelectionRange()).isEqualTo(range(22, 0, 22, 59));
  }

  @Test
  void documentSymbol_rulesOfARegime_spanAllTheirLines() throws Exception {
    String gdpr = session.open(dir.resolve("gdpr.policy"));

    DocumentSymbol regime =
        get(documents.documentSymbol(new DocumentSymbolParams(doc(gdpr)))).get(0).getRight();

    assertThat(regime.getName()).isEqualTo("regime gdpr");
    assertThat(regime.getRange()).isEqualTo(range(1, 0, 11, 1));
    assertThat(regime.getChildren())
        .extracting(DocumentSymbol::getDetail, DocumentSymbol::getRange)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("gdpr.policy:3", range(2, 2, 4, 67)),
            org.assertj.core.groups.Tuple.tuple("gdpr.policy:6", range(5, 2, 7, 57)),
            org.assertj.core.groups.Tuple.tuple("gdpr.policy:9", range(8, 2, 8, 89)),
            org.assertj.core.groups.Tuple.tuple("gdpr.policy:10", range(9, 2, 10, 50)));
  }

  @Test
  void documentSymbol_namedRule_carriesItsNameAsDetail() {
    session.change(
        shop,
        shopText.replaceFirst(
            "allow contact.email for marketing.email",
            "allow[newsletter] contact.email for marketing.email"));
    session.nextDiagnostics(shop);

    assertThat(rules(shop)).extracting(DocumentSymbol::getDetail).contains("newsletter");
  }

  private List<DocumentSymbol> rules(String uri) {
    List<DocumentSymbol> rules = new ArrayList<>();
    for (var either : get(documents.documentSymbol(new DocumentSymbolParams(doc(uri))))) {
      if (either.getRight().getKind() == org.eclipse.lsp4j.SymbolKind.Event) {
        rules.add(either.getRight());
      }
    }
    return rules;
  }
}
