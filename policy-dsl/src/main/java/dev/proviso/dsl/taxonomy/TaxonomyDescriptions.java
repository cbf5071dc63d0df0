package dev.proviso.dsl.taxonomy;

import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.PurposeDefinition;

/**
 * Gives the categories and purposes an imported taxonomy declared their taxonomy descriptions (the
 * language has no syntax for descriptions, so the generated declarations cannot carry them).
 */
public final class TaxonomyDescriptions {
  private TaxonomyDescriptions() {}

  public static PolicyModel apply(PolicyModel model) {
    return new PolicyModel(
        model.name(),
        model.version(),
        model.contentHash(),
        model.categories().stream().map(TaxonomyDescriptions::describe).toList(),
        model.purposes().stream().map(TaxonomyDescriptions::describe).toList(),
        model.subjectAttributes(),
        model.contextAttributes(),
        model.regimes(),
        model.rules(),
        model.retentions(),
        model.tests());
  }

  private static CategoryDefinition describe(CategoryDefinition c) {
    return Taxonomies.forSource(c.location().file())
        .flatMap(t -> t.categories().stream().filter(n -> n.path().equals(c.path())).findFirst())
        .map(
            n ->
                new CategoryDefinition(
                    c.path(), c.sensitive(), c.provenance(), n.description(), c.location()))
        .orElse(c);
  }

  private static PurposeDefinition describe(PurposeDefinition p) {
    return Taxonomies.forSource(p.location().file())
        .flatMap(t -> t.purposes().stream().filter(n -> n.path().equals(p.path())).findFirst())
        .map(n -> new PurposeDefinition(p.path(), n.description(), p.location()))
        .orElse(p);
  }
}
