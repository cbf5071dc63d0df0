package dev.proviso.dsl.internal.taxonomy;

import dev.proviso.dsl.resolve.SourceOrigin;
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

  private Taxonomies() {}

  public static List<String> names() {
    return List.of("fideslang");
  }

  public static Optional<Taxonomy> byName(String name) {
    return "fideslang".equals(name) ? Optional.of(Fideslang.TAXONOMY) : Optional.empty();
  }

  /** The taxonomy a source was generated from, if it was. */
  public static Optional<Taxonomy> of(SourceOrigin origin) {
    return origin instanceof SourceOrigin.Taxonomy t ? byName(t.name()) : Optional.empty();
  }

  private static final class Fideslang {
    static final Taxonomy TAXONOMY = FideslangTaxonomy.load();
  }
}
