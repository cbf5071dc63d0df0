package dev.proviso.dsl.internal.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.packs.CleanCompilation;
import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.PurposeDefinition;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaxonomyImportTest {

  private static final String HEADER = "policy \"t\" version 1\nimport taxonomy \"fideslang\"\n";

  @Test
  void importTaxonomy_fideslang_resolvesEveryCategoryUseAndSubjectInTheShippedData()
      throws Exception {
    List<String> categories = keys("data_categories.json", "data_category");
    List<String> uses = keys("data_uses.json", "data_use");
    uses.addAll(keys("data_uses.supplement.json", "data_use"));
    List<String> subjects = keys("data_subjects.json", "data_subject");
    StringBuilder policy = new StringBuilder(HEADER);
    policy.append("allow ").append(String.join(", ", categories)).append(" for ");
    policy.append(String.join(", ", uses)).append('\n');
    for (String subject : subjects) {
      policy.append("deny any for any when subject.kind == \"").append(subject).append("\"\n");
    }

    CompilationResult result = PolicyCompiler.compileString("t.policy", policy.toString());

    CleanCompilation.assertClean(result);
    PolicyModel model = result.modelOrThrow();
    assertThat(categories).hasSize(85);
    assertThat(uses).hasSize(56);
    assertThat(subjects).hasSize(15);
    assertThat(model.categories())
        .extracting(CategoryDefinition::path)
        .containsExactlyInAnyOrderElementsOf(categories);
    assertThat(model.purposes())
        .extracting(PurposeDefinition::path)
        .containsExactlyInAnyOrderElementsOf(uses);
    assertThat(model.rules()).hasSize(1 + 15);
  }

  @Test
  void importTaxonomy_fideslang_keepsDescriptionsAndSensitiveFlags() {
    PolicyModel model = PolicyCompiler.compileString("t.policy", HEADER).modelOrThrow();

    CategoryDefinition genetic = model.category("user.health_and_medical.genetic").orElseThrow();
    assertThat(genetic.sensitive()).isTrue();
    assertThat(genetic.description())
        .contains("Data about the genetic makeup provided by the subject.");
    assertThat(model.category("user.contact.email").orElseThrow().sensitive()).isFalse();
    assertThat(model.purpose("marketing.communications.email").orElseThrow().description())
        .contains("Sends email marketing communications.");
    assertThat(model.subjectAttributes()).extracting(a -> a.name()).containsExactly("kind");
  }

  @Test
  void importTaxonomy_userDeclarations_extendTheImportedTrees() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "t.policy",
            HEADER
                + "category user.contact.loyalty_id provided\n"
                + "category shop { basket }\n"
                + "purpose marketing.loyalty\n"
                + "allow user.contact.loyalty_id, shop for marketing.loyalty\n");

    PolicyModel model = result.modelOrThrow();
    assertThat(model.category("user.contact.loyalty_id").orElseThrow().description()).isEmpty();
    assertThat(model.categories()).hasSize(85 + 3);
    assertThat(model.purposes()).hasSize(56 + 1);
  }

  @Test
  void importTaxonomy_nodeDeclaredAgainByTheUser_isOneNodeWithTheUsersChildrenAndFlags() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "t.policy",
            "policy \"t\" version 1\n"
                + "purpose marketing { loyalty }\n"
                + "category user provided { inferred derived { pregnancy sensitive } }\n"
                + "import taxonomy \"fideslang\"\n"
                + "category user.contact.email sensitive\n");

    CleanCompilation.assertClean(result);
    PolicyModel model = result.modelOrThrow();
    assertThat(model.purposes()).hasSize(56 + 1);
    assertThat(model.purpose("marketing").orElseThrow().description()).isPresent();
    assertThat(model.category("user.contact.email").orElseThrow().sensitive()).isTrue();
    assertThat(model.category("user.name").orElseThrow().provenance())
        .isEqualTo(dev.proviso.model.Provenance.PROVIDED);
    assertThat(model.category("user.inferred.pregnancy").orElseThrow().provenance())
        .isEqualTo(dev.proviso.model.Provenance.DERIVED);
  }

  @Test
  void compile_userDeclaresANodeTwice_isStillADuplicate() {
    CompilationResult result =
        PolicyCompiler.compileString("t.policy", HEADER + "purpose loyalty\npurpose loyalty\n");

    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.P111);
  }

  @Test
  void importTaxonomy_twiceThroughPacks_declaresEachNodeOnce() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "t.policy", HEADER + "import pack \"gdpr\"\nimport pack \"ccpa\"\n");

    CleanCompilation.assertClean(result);
    // fideslang's 85 categories plus the nodes the shared pack "vocabulary" adds, each once
    int vocabulary =
        PolicyCompiler.compileString("v.policy", HEADER + "import pack \"vocabulary\"\n")
            .modelOrThrow()
            .categories()
            .size();
    assertThat(vocabulary).isGreaterThan(85);
    assertThat(result.modelOrThrow().categories()).hasSize(vocabulary);
  }

  @Test
  void importTaxonomy_subjectKindTypo_isAnErrorWithDidYouMean() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "t.policy",
            HEADER
                + "deny any for marketing when subject.kind in [\"employee\", \"job_aplicant\"]\n"
                + "test \"kinds\" at 2026-01-01T00:00:00Z {\n"
                + "  subject { kind: \"custmer\" }\n"
                + "  expect deny user for marketing\n"
                + "}\n");

    assertThat(result.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.P108)
        .extracting(Diagnostic::message, Diagnostic::help)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "unknown data subject kind 'job_aplicant'",
                Optional.of("did you mean 'job_applicant'?")),
            org.assertj.core.groups.Tuple.tuple(
                "unknown data subject kind 'custmer'", Optional.of("did you mean 'customer'?")));
  }

  @Test
  void load_fideslang_readsEveryKeyAndDescriptionAsJacksonDoes() throws Exception {
    Taxonomy fides = FideslangTaxonomy.load();
    List<String> expected = new ArrayList<>();
    try (InputStream in =
        TaxonomyImportTest.class.getResourceAsStream("fideslang/data_categories.json")) {
      for (JsonNode node : new ObjectMapper().readTree(in).path("data_category")) {
        expected.add(node.path("fides_key").asText() + " = " + node.path("description").asText());
      }
    }
    List<String> loaded =
        fides.categories().stream()
            .map(c -> c.path() + " = " + c.description().orElse(""))
            .toList();

    assertThat(loaded).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** Reads the fides keys straight from the shipped JSON, independently of the loader. */
  private static List<String> keys(String file, String array) throws Exception {
    try (InputStream in = TaxonomyImportTest.class.getResourceAsStream("fideslang/" + file)) {
      List<String> keys = new ArrayList<>();
      for (JsonNode node : new ObjectMapper().readTree(in).path(array)) {
        keys.add(node.path("fides_key").asText());
      }
      return keys;
    }
  }
}
