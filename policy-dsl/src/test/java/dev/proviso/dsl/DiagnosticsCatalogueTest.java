package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The catalogue in docs/diagnostics.md documents every code, with the golden example. */
class DiagnosticsCatalogueTest {

  @Test
  void catalogue_everyCode_hasASectionWithItsGoldenExample() throws IOException {
    String catalogue = Files.readString(Path.of("../docs/diagnostics.md"), StandardCharsets.UTF_8);

    for (DiagnosticCode code : DiagnosticCode.values()) {
      String golden =
          Files.readString(
              GoldenDiagnosticsTest.GOLDEN.resolve(code.name()).resolve("expected.txt"),
              StandardCharsets.UTF_8);
      assertThat(catalogue)
          .as("regenerate with policy-dsl/src/test/docs/diagnostics_catalogue.py")
          .contains("\n## " + code.name() + "\n")
          .contains(golden.strip());
    }
  }
}
