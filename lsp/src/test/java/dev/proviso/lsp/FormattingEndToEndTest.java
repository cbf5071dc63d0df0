package dev.proviso.lsp;

import static dev.proviso.lsp.LspSession.doc;
import static dev.proviso.lsp.LspSession.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/** Whole-document formatting through the canonical formatter. */
class FormattingEndToEndTest extends ShopEndToEnd {

  @Test
  void formatting_messyDocument_returnsTheCanonicalText() {
    String messy =
        "policy   \"t\"  version 1\ncategory contact{email,phone}\npurpose p\nallow   contact for p   # ok\n";
    String uri = session.open(dir.resolve("messy.policy").toUri().toString(), messy);

    List<TextEdit> edits =
        get(
                documents.formatting(
                    new DocumentFormattingParams(doc(uri), new FormattingOptions(2, true))))
            .stream()
            .map(TextEdit.class::cast)
            .toList();

    assertThat(edits)
        .containsExactly(
            new TextEdit(
                range(0, 0, 4, 0),
                "policy \"t\" version 1\ncategory contact { email, phone }\npurpose p\nallow contact for p  # ok\n"));
  }

  @Test
  void formatting_documentWithSyntaxErrors_isLeftAlone() {
    String uri =
        session.open(
            dir.resolve("broken.policy").toUri().toString(), "policy \"t\" version 1\nallow for\n");

    assertThat(
            get(
                documents.formatting(
                    new DocumentFormattingParams(doc(uri), new FormattingOptions(2, true)))))
        .isEmpty();
  }
}
