package dev.proviso.lsp;

import static dev.proviso.lsp.LspSession.doc;
import static dev.proviso.lsp.LspSession.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiler's fuzz seed corpus, and seeded mutations of it (truncations, bytes flipped, lines
 * dropped), sent through the protocol: every request at many positions must be answered without a
 * failure inside the server, and the server must still answer correctly afterwards.
 */
class ServerSurvivesAnyInputTest {

  static final Path CORPUS =
      Path.of(
          "../policy-dsl/src/test/resources/dev/proviso/dsl/PolicyCompilerFuzzTestInputs"
              + "/compile_anyBytes_neverThrows");

  @TempDir Path dir;

  @Test
  void everyRequest_onEveryCorpusInputAndMutation_isAnsweredWithoutFailure() throws IOException {
    long seed = System.nanoTime();
    System.out.println("ServerSurvivesAnyInputTest seed: " + seed);
    Random random = new Random(seed);
    List<Path> inputs = corpus();
    assertThat(inputs).hasSizeGreaterThanOrEqualTo(7);
    LspSession.copyShop(dir);
    int requests = 0;
    try (LspSession session = new LspSession()) {
      for (Path input : inputs) {
        String text = new String(Files.readAllBytes(input), StandardCharsets.UTF_8);
        String uri = session.open(dir.resolve(input.getFileName()).toUri().toString(), text);
        requests += everything(session, uri, text, random, 400);
        for (int i = 0; i < 10; i++) {
          String mutated = mutate(text, random);
          session.change(uri, mutated);
          requests += everything(session, uri, mutated, random, 40);
        }
      }
      assertThat(session.logged).as("failures inside the server (seed " + seed + ")").isEmpty();

      // Still serving: a hover on the intact example answers as usual.
      String shop = session.open(dir.resolve("shop.policy"));
      Position pregnancy =
          LspSession.at(Files.readString(dir.resolve("shop.policy")), "pregnancy", 0, 1);
      assertThat(
              get(session
                      .server
                      .getTextDocumentService()
                      .hover(new HoverParams(doc(shop), pregnancy)))
                  .getContents()
                  .getRight()
                  .getValue())
          .startsWith("**data category** `inferred.pregnancy`");
    }
    System.out.println(
        "ServerSurvivesAnyInputTest: " + requests + " requests over " + inputs.size() + " inputs");
  }

  private static List<Path> corpus() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.sorted().toList();
    }
  }

  /** Every request kind at up to {@code limit} positions (line starts, middles, ends, dots). */
  private static int everything(
      LspSession session, String uri, String text, Random random, int limit) {
    TextDocumentService documents = session.server.getTextDocumentService();
    List<Position> positions = positions(text, random, limit);
    for (Position p : positions) {
      get(documents.hover(new HoverParams(doc(uri), p)));
      get(documents.completion(new CompletionParams(doc(uri), p)));
      get(documents.definition(new DefinitionParams(doc(uri), p)));
      get(documents.references(new ReferenceParams(doc(uri), p, new ReferenceContext(true))));
    }
    Range all = new Range(new Position(0, 0), new Position(10_000, 0));
    get(
        documents.codeAction(
            new CodeActionParams(doc(uri), all, new CodeActionContext(List.of()))));
    get(
        documents.formatting(
            new DocumentFormattingParams(doc(uri), new FormattingOptions(2, true))));
    get(documents.documentSymbol(new DocumentSymbolParams(doc(uri))));
    get(documents.semanticTokensFull(new SemanticTokensParams(doc(uri))));
    return positions.size() * 4 + 4;
  }

  private static List<Position> positions(String text, Random random, int limit) {
    List<Position> positions = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int line = 0; line < lines.length; line++) {
      String l = lines[line];
      positions.add(new Position(line, 0));
      positions.add(new Position(line, l.length() / 2));
      positions.add(new Position(line, l.length()));
      positions.add(new Position(line, l.length() + 5)); // past the end of the line
      for (int c = 0; c < l.length(); c++) {
        if (".( ".indexOf(l.charAt(c)) >= 0) {
          positions.add(new Position(line, c + 1));
        }
      }
    }
    positions.add(new Position(lines.length + 3, 0)); // past the end of the document
    java.util.Collections.shuffle(positions, random);
    return positions.subList(0, Math.min(limit, positions.size()));
  }

  private static String mutate(String text, Random random) {
    if (text.isEmpty()) {
      return "\uD83D\uDE00 { ( \"";
    }
    int at = random.nextInt(text.length());
    return switch (random.nextInt(5)) {
      case 0 -> text.substring(0, at); // typing stopped half-way
      case 1 -> text.substring(0, at) + (char) random.nextInt(0x3000) + text.substring(at);
      case 2 -> text.substring(0, at) + "\uD83D\uDE00" + text.substring(at); // outside the BMP
      case 3 ->
          text.substring(0, at)
              + text.substring(Math.min(text.length(), at + 1 + random.nextInt(40)));
      default -> text.substring(0, at) + "\"" + text.substring(at); // an unterminated text
    };
  }
}
