package dev.proviso.dsl.internal.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.PurposeDefinition;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FideslangTaxonomyTest {

  private final Taxonomy fides = FideslangTaxonomy.load();

  @Test
  void load_shippedData_hasEveryCategoryUseAndSubject() {
    // 85 categories, 54 uses + 2 from the supplement, 15 subjects (see NOTICE.txt).
    assertThat(fides.categories()).hasSize(85);
    assertThat(fides.purposes()).hasSize(56);
    assertThat(fides.subjectKinds()).hasSize(15);
  }

  @Test
  void load_everyNode_comesAfterItsParent() {
    Set<String> seen = new HashSet<>();
    for (CategoryDefinition c : fides.categories()) {
      c.parent().ifPresent(p -> assertThat(seen).as("parent of " + c.path()).contains(p));
      seen.add(c.path());
    }
    seen.clear();
    for (PurposeDefinition p : fides.purposes()) {
      p.parent().ifPresent(parent -> assertThat(seen).as("parent of " + p.path()).contains(parent));
      seen.add(p.path());
    }
  }

  @Test
  void load_specialCategory_isSensitiveWithItsChildren() {
    assertThat(category("user.health_and_medical.genetic").sensitive()).isTrue();
    assertThat(category("user.demographic.religious_belief").sensitive()).isTrue();
    assertThat(category("user.contact.email").sensitive()).isFalse();
    assertThat(category("user.demographic").sensitive()).isFalse();
  }

  @Test
  void load_category_keepsFideslangDescription() {
    assertThat(category("user.contact.email").description()).isPresent();
    assertThat(fides.subjectKinds()).extracting(Taxonomy.SubjectKind::key).contains("customer");
  }

  private CategoryDefinition category(String path) {
    return fides.categories().stream().filter(c -> c.path().equals(path)).findFirst().orElseThrow();
  }
}
