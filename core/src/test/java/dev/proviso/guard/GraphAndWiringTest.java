package dev.proviso.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.proviso.Policy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Shared sub-graphs, cycles, unclassified data and repository wiring. */
class GraphAndWiringTest {
  private final Policy policy = MatrixFixtures.policy();
  private final Guard guard = Guard.builder(() -> policy).pseudonymizer(MatrixFixtures.KEY).build();

  /** A node of a diamond chain: both children are the same next node. */
  static final class Diamond {
    @DataCategory("contact.email")
    String email;

    Diamond left;
    Diamond right;
  }

  private static Diamond chain(int depth) {
    Diamond next = null;
    for (int i = 0; i < depth; i++) {
      Diamond node = new Diamond();
      node.email = MatrixFixtures.EMAIL;
      node.left = next;
      node.right = next;
      next = node;
    }
    return next;
  }

  @Test
  void filter_diamondChainSixtyDeep_filtersEachSharedNodeOnceAndKeepsItShared() {
    Diamond top = chain(60); // 2^60 paths: only a linear filter finishes

    Diamond shown =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> guard.filter(MatrixFixtures.SUBJECT, "marketing", top));

    assertThat(shown.left).isSameAs(shown.right).isNotSameAs(top.left);
    assertThat(shown.left.left.email).isEqualTo(MatrixFixtures.EMAIL);
  }

  @Test
  void filter_cycle_isRefusedNamingTheClass() {
    Diamond a = chain(2);
    a.left.left = a;

    assertThatThrownBy(() -> guard.filter(MatrixFixtures.SUBJECT, "support", a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a cycle of annotated objects through " + Diamond.class.getName());
  }

  @NotPersonalData
  record Audited(String createdAt, @DataCategory("contact.card") String card, String flag) {}

  record Confused(@NotPersonalData @DataCategory("contact.card") String card) {}

  @Test
  void filter_classMarkedNotPersonalData_keepsItsUnclassifiedPropertiesInDropMode() {
    Audited shown =
        guard.filter(
            MatrixFixtures.SUBJECT,
            "marketing",
            new Audited("2026-11-23", MatrixFixtures.CARD, "y"));

    assertThat(shown).isEqualTo(new Audited("2026-11-23", null, "y"));
  }

  @Test
  void filter_propertyBothClassifiedAndNotPersonal_isRefusedSayingWhichToKeep() {
    assertThatThrownBy(() -> guard.filter(MatrixFixtures.SUBJECT, "support", new Confused("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Confused.card is marked both @DataCategory(\"contact.card\")");
  }

  interface Misspelt {
    @UsedFor("suport")
    MatrixFixtures.Person find();
  }

  interface UnknownCategory {
    @UsedFor(value = "support", categories = "contact.emial")
    String email();
  }

  @Test
  void repository_misspeltPurposeOrCategory_failsAtWiringWithDidYouMean() {
    assertThatThrownBy(() -> guard.repository(Misspelt.class, MatrixFixtures::alice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Misspelt.find")
        .hasMessageContaining("support");
    assertThatThrownBy(() -> guard.repository(UnknownCategory.class, () -> MatrixFixtures.EMAIL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UnknownCategory.email")
        .hasMessageContaining("contact.email");
  }

  @Test
  void repository_toString_neverShowsTheTargetsText() {
    MatrixFixtures.People people =
        guard.repository(MatrixFixtures.People.class, new MatrixFixtures.InMemoryPeople());

    assertThat(people.toString()).isEqualTo("guarded People");
  }
}
