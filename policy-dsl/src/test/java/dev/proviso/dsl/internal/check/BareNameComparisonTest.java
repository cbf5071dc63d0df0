package dev.proviso.dsl.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import org.junit.jupiter.api.Test;

/** Found by CompilerRobustnessTest (seed 6071316676462): a typo turned an attribute into names. */
class BareNameComparisonTest {

  @Test
  void compile_twoBareNamesCompared_isATypeErrorNotACrash() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "t.policy",
            """
            policy "t" version 1
            subject { identified: bool }
            category behavior { cart }
            purpose marketing
            deny behavior for marketing when subjec==t.identified
            """);

    assertThat(result.model()).isEmpty();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.P201);
    assertThat(result.render())
        .contains("t.policy:5:34: error[P201]: cannot compare")
        .contains("help: attributes are written subject.x, context.x or event.x");
  }
}
