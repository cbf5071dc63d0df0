package dev.proviso.lsp.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.lsp.workspace.DocumentView;
import dev.proviso.lsp.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

/** Hover and navigation over names declared by the shipped taxonomy, which has no file. */
class HoversTest {

  private static final String POLICY =
      """
      policy "t" version 1
      import taxonomy "fideslang"
      allow user.contact.email for analytics.reporting
      """;

  @Test
  void hover_onATaxonomyCategory_showsItsDescriptionAndWhereItIsDeclared() {
    DocumentView view = view(POLICY);

    String hover =
        Hovers.at(view, new Position(2, 20)).orElseThrow().getContents().getRight().getValue();

    assertThat(hover)
        .startsWith("**data category** `user.contact.email`\n\nUser's contact email address.\n\n")
        .contains("declared at taxonomy:fideslang:")
        .contains("- `allow user.contact.email for analytics.reporting` at t.policy:3\n");
  }

  @Test
  void definition_ofATaxonomyName_opensAReadOnlyCopyOfTheTaxonomy() throws Exception {
    DocumentView view = view(POLICY);

    List<Location> locations = Navigation.definition(view, new Position(2, 20));

    assertThat(locations).hasSize(1);
    Path copy = Path.of(java.net.URI.create(locations.get(0).getUri()));
    assertThat(copy.getFileName()).hasToString("taxonomy_fideslang.policy");
    assertThat(Files.getPosixFilePermissions(copy))
        .doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    String line = Files.readAllLines(copy).get(locations.get(0).getRange().getStart().getLine());
    org.eclipse.lsp4j.Range range = locations.get(0).getRange();
    assertThat(line.substring(range.getStart().getCharacter(), range.getEnd().getCharacter()))
        .isEqualTo("user.contact.email");
    assertThat(Navigation.references(view, new Position(2, 20), false))
        .extracting(l -> l.getRange().getStart())
        .containsExactly(new Position(2, 6));
  }

  private static DocumentView view(String text) {
    Workspace workspace = new Workspace();
    String uri = Path.of("/nonexistent-dir-for-tests/t.policy").toUri().toString();
    workspace.put(uri, text);
    return workspace.view(uri).orElseThrow();
  }
}
