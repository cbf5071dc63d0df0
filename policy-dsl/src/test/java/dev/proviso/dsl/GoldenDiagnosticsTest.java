package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.resolve.InMemorySourceResolver;
import dev.proviso.dsl.resolve.Source;
import dev.proviso.dsl.resolve.SourceResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One golden case per diagnostic code under {@code src/test/resources/golden/<CODE>/}: the policy
 * files ({@code main.policy} is the root) and {@code expected.txt}, the full rendered output.
 * Regenerate after a deliberate wording change with {@code -Dproviso.golden.update=true} and review
 * the diff.
 */
class GoldenDiagnosticsTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden");

  @Test
  void everyDiagnosticCode_hasAGoldenCase() {
    assertThat(GOLDEN.toFile().list())
        .containsAll(Arrays.stream(DiagnosticCode.values()).map(Enum::name).toList());
  }

  @TestFactory
  Stream<DynamicTest> compile_goldenCase_rendersExactlyTheExpectedDiagnostics() {
    return Arrays.stream(DiagnosticCode.values())
        .map(code -> DynamicTest.dynamicTest(code.name(), () -> golden(code)));
  }

  private static void golden(DiagnosticCode code) throws IOException {
    Path dir = GOLDEN.resolve(code.name());
    CompilationResult result =
        code == DiagnosticCode.P900
            ? PolicyCompiler.compile(new FailingResolver(sources(dir)), List.of("main.policy"))
            : PolicyCompiler.compileSources("main.policy", sources(dir));
    String rendered = result.render();
    Path expected = dir.resolve("expected.txt");
    if (Boolean.getBoolean("proviso.golden.update")) {
      Files.writeString(expected, rendered, StandardCharsets.UTF_8);
    }
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(code);
    assertThat(rendered).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    assertThat(result.model().isPresent()).isEqualTo(!result.hasErrors());
  }

  /**
   * P900 cannot come from a policy text (that would be a compiler bug to fix): its case compiles
   * with a resolver whose help for a missing import throws, which nothing inside the compiler
   * catches but the last resort.
   */
  static final class FailingResolver implements SourceResolver {
    private final InMemorySourceResolver sources;

    FailingResolver(Map<String, String> sources) {
      this.sources = new InMemorySourceResolver(sources);
    }

    @Override
    public Optional<Source> resolve(String importingFile, Optional<String> kind, String path) {
      return sources.resolve(importingFile, kind, path);
    }

    @Override
    public Optional<String> missingHelp(String importingFile, Optional<String> kind, String path) {
      throw new IllegalStateException("help index corrupt near customer alice@example.com");
    }

    @Override
    public Optional<Source> root(String name) {
      return sources.root(name);
    }
  }

  static Map<String, String> sources(Path dir) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".policy")).toList()) {
        String name = dir.relativize(file).toString().replace('\\', '/');
        sources.put(name, Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return sources;
  }
}
