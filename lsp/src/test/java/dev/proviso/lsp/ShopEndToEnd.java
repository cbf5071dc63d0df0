package dev.proviso.lsp;

import static dev.proviso.lsp.LspSession.doc;
import static dev.proviso.lsp.LspSession.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of the example shop policy opened in a real client over a pipe, as an author would work on
 * it: each test class of a feature starts from here, and no test may make the server log a failure.
 */
abstract class ShopEndToEnd {

  static final String TYPO_LINE = "allow contact.email for marketing.email with audit";

  @TempDir Path dir;
  LspSession session;
  TextDocumentService documents;
  String shop;
  String shopText;

  @BeforeEach
  void openShop() throws Exception {
    LspSession.copyShop(dir);
    session = new LspSession();
    documents = session.server.getTextDocumentService();
    shop = session.open(dir.resolve("shop.policy"));
    shopText = Files.readString(dir.resolve("shop.policy"));
    assertThat(session.nextDiagnostics(shop).getDiagnostics()).isEmpty();
  }

  @AfterEach
  void close() {
    assertThat(session.logged).as("failures inside the server").isEmpty();
    session.close();
  }

  /** The shop with {@code contact.email} misspelled in its newsletter rule (line 25). */
  String typo() {
    return shopText.replaceFirst("allow contact.email for", "allow contact.emial for");
  }

  Hover hover(String uri, Position position) {
    return get(documents.hover(new HoverParams(doc(uri), position)));
  }

  List<String> completionLabels(String uri, Position position) {
    return get(documents.completion(new CompletionParams(doc(uri), position))).getLeft().stream()
        .map(CompletionItem::getLabel)
        .toList();
  }

  /** The file name and 1-based line of each location, e.g. {@code shop.policy:21}. */
  static List<String> places(List<? extends Location> locations) {
    return locations.stream()
        .map(
            l ->
                l.getUri().substring(l.getUri().lastIndexOf('/') + 1)
                    + ":"
                    + (l.getRange().getStart().getLine() + 1))
        .toList();
  }

  static Range range(int l1, int c1, int l2, int c2) {
    return new Range(new Position(l1, c1), new Position(l2, c2));
  }
}
