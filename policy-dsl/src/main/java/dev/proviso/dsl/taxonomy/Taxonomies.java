package dev.proviso.dsl.taxonomy;

import java.util.List;
import java.util.Optional;

/**
 * The taxonomies a policy can import by name ({@code import taxonomy "fideslang"}), loaded once.
 *
 * <pre>{@code
 * Taxonomies.byName("fideslang").orElseThrow().categories().size(); // 85
 * }</pre>
 */
public final class Taxonomies {

  /** Prefix of the display name of an imported taxonomy, e.g. {@code taxonomy:fideslang}. */
  public static final String SOURCE_PREFIX = "taxonomy:";

  private Taxonomies() {}

  public static List<String> names() {
    return List.of("fideslang");
  }

  public static Optional<Taxonomy> byName(String name) {
    return "fideslang".equals(name) ? Optional.of(Fideslang.TAXONOMY) : Optional.empty();
  }

  /** The taxonomy a source with this display name was generated from, if any. */
  public static Optional<Taxonomy> forSource(String displayName) {
    return displayName.startsWith(SOURCE_PREFIX)
        ? byName(displayName.substring(SOURCE_PREFIX.length()))
        : Optional.empty();
  }

  private static final class Fideslang {
    static final Taxonomy TAXONOMY = FideslangTaxonomy.load();
  }
}
