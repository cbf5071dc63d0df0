package dev.proviso.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UseSetsTest {
  private static final List<String> CATEGORIES =
      List.of("contact", "contact.email", "contact.phone", "behavior", "behavior.cart");
  private static final List<String> PURPOSES = List.of("marketing", "marketing.email", "analytics");

  @Test
  void compact_wholeSubtrees_writtenOnceWithAndBelow() {
    List<String[]> uses =
        List.of(
            new String[] {"contact", "marketing"},
            new String[] {"contact.email", "marketing"},
            new String[] {"contact.phone", "marketing"},
            new String[] {"contact", "marketing.email"},
            new String[] {"contact.email", "marketing.email"},
            new String[] {"contact.phone", "marketing.email"});
    assertThat(UseSets.compact(uses, CATEGORIES, PURPOSES))
        .containsExactly("contact (and below) for marketing (and below)");
  }

  @Test
  void compact_partialSubtree_listsNodes_andGroupsPurposesWithTheSameCategories() {
    List<String[]> uses =
        List.of(
            new String[] {"contact.email", "marketing.email"},
            new String[] {"behavior.cart", "marketing.email"},
            new String[] {"contact.email", "analytics"},
            new String[] {"behavior.cart", "analytics"},
            new String[] {"contact", "marketing"});
    assertThat(UseSets.compact(uses, CATEGORIES, PURPOSES))
        .containsExactly(
            "contact.email, behavior.cart for marketing.email, analytics", "contact for marketing");
  }
}
