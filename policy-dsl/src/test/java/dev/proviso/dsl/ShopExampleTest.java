package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.model.Condition;
import dev.proviso.model.Effect;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.Provenance;
import dev.proviso.model.RuleDefinition;
import dev.proviso.model.RuleForm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The realistic multi-file shop policy: clean as written, ten diagnostics with ten mistakes. */
class ShopExampleTest {

  static final Path SHOP = Path.of("src/test/resources/policies/shop/shop.policy");
  static final Path MISTAKES = Path.of("src/test/resources/policies/shop-mistakes/shop.policy");

  @Test
  void compile_shopPolicy_hasNoDiagnosticsAndAModel() {
    CompilationResult result = PolicyCompiler.compile(SHOP);

    assertThat(result.render()).isEmpty();
    PolicyModel model = result.modelOrThrow();
    assertThat(model.name()).isEqualTo("acme-shop");
    assertThat(model.version()).isEqualTo(3);
    assertThat(model.regimes()).extracting(r -> r.name()).containsExactly("gdpr", "ccpa", "brand");
    assertThat(model.rules()).hasSize(15);
    assertThat(model.retentions()).hasSize(2);
    assertThat(model.tests()).hasSize(3);
  }

  @Test
  void compile_shopPolicy_inheritsSensitiveAndProvenanceDownTheTree() {
    PolicyModel model = PolicyCompiler.compile(SHOP).modelOrThrow();

    assertThat(model.category("inferred.pregnancy").orElseThrow().sensitive()).isTrue();
    assertThat(model.category("inferred.pregnancy").orElseThrow().provenance())
        .isEqualTo(Provenance.DERIVED);
    assertThat(model.category("inferred").orElseThrow().sensitive()).isFalse();
    assertThat(model.category("device.contact_list").orElseThrow().provenance())
        .isEqualTo(Provenance.UNSPECIFIED);
  }

  @Test
  void compile_shopPolicy_lowersRequireToDenyUnlessWithRegimeAndFileLineId() {
    PolicyModel model = PolicyCompiler.compile(SHOP).modelOrThrow();

    RuleDefinition require = model.rule("gdpr.policy:3").orElseThrow();
    assertThat(require.effect()).isEqualTo(Effect.DENY);
    assertThat(require.form()).isEqualTo(RuleForm.REQUIRE);
    assertThat(require.regime()).contains("gdpr");
    assertThat(require.unless()).contains(new Condition.ConsentGiven("marketing.email"));
    assertThat(model.rule("brand.policy:8").orElseThrow().advisory()).isTrue();
  }

  @Test
  void compile_shopWithTenMistakes_reportsAllTenInOneRun() {
    CompilationResult result = PolicyCompiler.compile(MISTAKES);

    assertThat(result.model()).isEmpty();
    assertThat(result.diagnostics())
        .extracting(d -> d.code().name(), d -> d.span().toString())
        .containsExactly(
            tuple("P101", "shop.policy:25:7"),
            tuple("P102", "shop.policy:26:20"),
            tuple("P107", "shop.policy:31:29"),
            tuple("P211", "shop.policy:36:32"),
            tuple("P207", "shop.policy:38:37"),
            tuple("P204", "gdpr.policy:3:19"),
            tuple("P201", "gdpr.policy:6:31"),
            tuple("P001", "brand.policy:4:28"),
            tuple("P205", "brand.policy:5:67"),
            tuple("P206", "brand.policy:10:43"));
    assertThat(result.diagnostics()).allMatch(Diagnostic::isError);
  }
}
