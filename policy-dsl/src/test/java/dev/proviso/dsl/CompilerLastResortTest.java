package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.resolve.InMemorySourceResolver;
import dev.proviso.dsl.resolve.Source;
import dev.proviso.dsl.resolve.SourceResolver;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whatever escapes a compilation (here: a resolver failing where nothing else catches it) becomes
 * error P900, an internal compiler error, never an exception; it says it is a bug, where the
 * compiler was, and nothing of the exception's own text.
 */
class CompilerLastResortTest {
  private static final String SECRET = "alice@example.com";
  private static final Map<String, String> SOURCES =
      Map.of(
          "main.policy",
          "policy \"shop\" version 1\nimport \"missing.policy\"\n"
              + "category contact\npurpose marketing\nallow contact for marketing\n");

  @Test
  void compile_resolverThrowsUnexpectedly_isP900SayingItIsABug() {
    CompilationResult result =
        PolicyCompiler.compile(
            throwingHelp(new IllegalStateException("index broken near " + SECRET)),
            List.of("main.policy"));

    assertThat(result.model()).isEmpty();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.P900);
    assertThat(result.render())
        .contains("error[P900]: internal compiler error while loading the imported files")
        .contains("java.lang.IllegalStateException")
        .contains("a bug in Proviso or in a source resolver it called, not in the policy")
        .doesNotContain(SECRET);
  }

  @Test
  void compile_checkedExceptionThrownSneakily_isP900() {
    CompilationResult result =
        PolicyCompiler.compile(
            throwingHelp(new IOException("disk of " + SECRET)), List.of("main.policy"));

    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.P900);
    assertThat(result.render()).contains("java.io.IOException").doesNotContain(SECRET);
  }

  @Test
  void compile_errorsOtherThanOutOfMemory_areP900() {
    for (Throwable thrown :
        List.of(
            new AssertionError(SECRET),
            new NoClassDefFoundError("dev/proviso/Gone"),
            new StackOverflowError())) {
      CompilationResult result =
          PolicyCompiler.compile(throwingHelp(thrown), List.of("main.policy"));

      assertThat(result.diagnostics())
          .as(thrown.getClass().getName())
          .extracting(Diagnostic::code)
          .containsExactly(DiagnosticCode.P900);
      assertThat(result.render()).contains(thrown.getClass().getName()).doesNotContain(SECRET);
    }
  }

  @Test
  void compile_sameSourcesWithAWorkingResolver_compileAsUsual() {
    CompilationResult result =
        PolicyCompiler.compile(new InMemorySourceResolver(SOURCES), List.of("main.policy"));

    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.P121);
  }

  private static SourceResolver throwingHelp(Throwable failure) {
    InMemorySourceResolver sources = new InMemorySourceResolver(SOURCES);
    return new SourceResolver() {
      @Override
      public Optional<Source> resolve(String importingFile, Optional<String> kind, String path) {
        return sources.resolve(importingFile, kind, path);
      }

      @Override
      public Optional<String> missingHelp(
          String importingFile, Optional<String> kind, String path) {
        throw CompilerLastResortTest.<RuntimeException>rethrow(failure);
      }

      @Override
      public Optional<Source> root(String name) {
        return sources.root(name);
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T rethrow(Throwable t) throws T {
    throw (T) t;
  }
}
