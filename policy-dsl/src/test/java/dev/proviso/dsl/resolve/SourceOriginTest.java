package dev.proviso.dsl.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.model.PolicyModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Library behaviour follows a source's origin, never a name that merely looks like a pack's. */
class SourceOriginTest {

  private static final String POLICY_WITH_TEST =
      """
      policy "t" version 1
      category contact
      purpose marketing
      allow contact for marketing
      test "allowed" {
        expect allow contact for marketing
      }
      """;

  @Test
  void displayName_ofEachOrigin_isWhatDiagnosticsShow() {
    assertThat(new SourceOrigin.File("dir/shop.policy").displayName()).isEqualTo("dir/shop.policy");
    assertThat(new SourceOrigin.Pack("gdpr").displayName()).isEqualTo("pack:gdpr");
    assertThat(new SourceOrigin.Taxonomy("fideslang").displayName())
        .isEqualTo("taxonomy:fideslang");
    assertThat(new SourceOrigin.File("pack:gdpr").library()).isFalse();
    assertThat(new SourceOrigin.Pack("gdpr").library()).isTrue();
  }

  @Test
  void compile_userFileNamedLikeAPack_keepsItsTests() {
    CompilationResult result =
        PolicyCompiler.compileSources("pack:mine", Map.of("pack:mine", POLICY_WITH_TEST));

    PolicyModel model = result.modelOrThrow();
    assertThat(model.tests()).extracting(t -> t.name()).containsExactly("allowed");
  }

  @Test
  void compile_importedPack_dropsThePacksOwnTests() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "t.policy",
            """
            policy "t" version 1
            import pack "gdpr"
            """);

    assertThat(result.hasErrors()).as(result.render()).isFalse();
    assertThat(result.modelOrThrow().tests()).isEmpty();
  }

  @Test
  void compile_userFileNamedLikeATaxonomy_isLintedLikeAnyFile() {
    CompilationResult result =
        PolicyCompiler.compileSources(
            "taxonomy:fideslang",
            Map.of(
                "taxonomy:fideslang",
                """
                policy "t" version 1
                category contact
                category unused
                purpose marketing
                allow contact for marketing
                """));

    assertThat(result.diagnostics())
        .extracting(d -> d.message())
        .contains("category 'unused' is declared but no rule uses it");
  }

  @Test
  void compile_taxonomyImport_lowersTaxonomyDescriptionsWithTheModel() {
    PolicyModel model =
        PolicyCompiler.compileString(
                "t.policy",
                """
                policy "t" version 1
                import taxonomy "fideslang"
                category user.contact.email sensitive
                allow user.contact.email for marketing.communications.email
                """)
            .modelOrThrow();

    assertThat(model.categories())
        .filteredOn(c -> c.path().equals("user.contact.email"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.description()).isPresent();
              assertThat(c.sensitive()).isTrue();
              assertThat(c.location().file()).isEqualTo("taxonomy:fideslang");
            });
    assertThat(model.purposes())
        .filteredOn(p -> p.path().equals("marketing.communications.email"))
        .singleElement()
        .satisfies(p -> assertThat(p.description()).isPresent());
  }
}
