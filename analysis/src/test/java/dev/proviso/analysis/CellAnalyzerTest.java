package dev.proviso.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.model.PolicyModel;
import org.junit.jupiter.api.Test;

class CellAnalyzerTest {
  private static final PolicyModel MODEL =
      PolicyCompiler.compileString(
              "shop.policy",
              """
              policy "shop" version 1
              subject { region: text }
              category contact { email, phone }
              purpose marketing { email }
              allow contact.email for marketing.email
              regime gdpr applies when subject.region in ["EU"] {
                require consent(marketing.email) to use contact.email for marketing.email
              }
              """)
          .modelOrThrow();

  @Test
  void residual_unknownSubject_isTheConditionUnderWhichTheUseIsAllowed() {
    Use use = new CellAnalyzer(MODEL).residual("contact.email", "marketing.email");

    assertThat(use.verdict()).isEqualTo(Verdict.CONDITIONAL);
    assertThat(use.condition().render())
        .contains("consent(marketing.email)")
        .contains("subject.region");
  }

  @Test
  void residual_noAllowRule_isDeniedByDefault() {
    Use use = new CellAnalyzer(MODEL).residual("contact.phone", "marketing.email");

    assertThat(use.verdict()).isEqualTo(Verdict.DEFAULT_DENY);
  }
}
