package dev.proviso.dsl.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports read only under the root policy's directory; escapes are P123 and show no content. */
class ImportConfinementTest {
  private static final String SECRET = "db_password=hunter2";
  private static final String HEADER = "policy \"x\" version 1\ncategory a\npurpose b\n";

  @TempDir Path dir;

  private Path policies() throws IOException {
    Files.writeString(dir.resolve("secrets.env"), SECRET + "\n");
    return Files.createDirectories(dir.resolve("policies"));
  }

  private static void assertRefused(CompilationResult result) {
    assertThat(result.model()).isEmpty();
    assertThat(result.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.P123);
    assertThat(result.render()).doesNotContain("hunter2");
  }

  @Test
  void compile_dotDotImportOfASecretsFile_isP123WithoutItsContent() throws IOException {
    Path root =
        Files.writeString(
            policies().resolve("shop.policy"), HEADER + "import \"../secrets.env\"\n");

    assertRefused(PolicyCompiler.compile(root));
  }

  @Test
  void compile_absoluteImport_isP123() throws IOException {
    Path root =
        Files.writeString(
            policies().resolve("shop.policy"),
            HEADER + "import \"" + dir.resolve("secrets.env") + "\"\n");

    assertRefused(PolicyCompiler.compile(root));
  }

  @Test
  void compile_symlinkPointingOutside_isP123WithoutItsContent() throws IOException {
    Path policies = policies();
    Files.createSymbolicLink(policies.resolve("rules.policy"), dir.resolve("secrets.env"));
    Path root =
        Files.writeString(policies.resolve("shop.policy"), HEADER + "import \"rules.policy\"\n");

    assertRefused(PolicyCompiler.compile(root));
  }

  @Test
  void compile_importClimbingBackIntoTheRoot_isAllowed() throws IOException {
    Path policies = policies();
    Files.writeString(policies.resolve("common.policy"), "allow a for b\n");
    Path regimes = Files.createDirectories(policies.resolve("regimes"));
    Files.writeString(regimes.resolve("gdpr.policy"), "import \"../common.policy\"\n");
    Path root =
        Files.writeString(
            policies.resolve("shop.policy"), HEADER + "import \"regimes/gdpr.policy\"\n");

    assertThat(PolicyCompiler.compile(root).hasErrors()).isFalse();
  }

  @Test
  void compile_directoryAllowedExplicitly_mayBeImportedFrom() throws IOException {
    Path policies = policies();
    Path shared = Files.createDirectories(dir.resolve("shared"));
    Files.writeString(shared.resolve("house.policy"), "allow a for b\n");
    Path root =
        Files.writeString(policies.resolve("shop.policy"), HEADER + "import \"house.policy\"\n");
    Files.createSymbolicLink(policies.resolve("house.policy"), shared.resolve("house.policy"));

    FileSourceResolver resolver = FileSourceResolver.forRoot(root).allowing(shared);

    assertThat(PolicyCompiler.compile(resolver, java.util.List.of("shop.policy")).hasErrors())
        .isFalse();
  }
}
