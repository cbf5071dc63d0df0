package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.proviso.dsl.format.PolicyFormatter;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the compiler and formatter with Jazzer. A normal test run replays the
 * seed corpus in {@code src/test/resources/dev/proviso/dsl/PolicyCompilerFuzzTestInputs/}
 * (regression mode); {@code JAZZER_FUZZ=1 ./mvnw -pl policy-dsl test -Dtest=PolicyCompilerFuzzTest}
 * fuzzes for real, and {@code -Pfuzz-long} runs a million inputs.
 */
class PolicyCompilerFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void compile_anyBytes_neverThrows(byte[] input) {
    compilesAndFormatsWithoutThrowing(input);
  }

  /**
   * The long profile ({@code ./mvnw -pl policy-dsl -am test -Pfuzz-long}): one million inputs. In a
   * normal run it replays its (empty) corpus like any fuzz test.
   */
  @FuzzTest(maxExecutions = 1_000_000, maxDuration = "6h")
  void compile_anyBytes_millionInputs(byte[] input) {
    compilesAndFormatsWithoutThrowing(input);
  }

  private static void compilesAndFormatsWithoutThrowing(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);

    CompilationResult result = PolicyCompiler.compileString("fuzz.policy", text);

    assertThat(result.model().isPresent()).isEqualTo(!result.hasErrors());
    assertThat(result.render()).isNotNull();
    try {
      String formatted = PolicyFormatter.format(text);
      assertThat(PolicyFormatter.format(formatted)).isEqualTo(formatted);
    } catch (PolicyCompilationException syntaxError) {
      assertThat(syntaxError.diagnostics()).isNotEmpty();
    }
  }
}
