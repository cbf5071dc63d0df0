package dev.proviso.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fully resolved, checked policy: every name refers to a declared category, purpose, attribute or
 * regime. The compiler in {@code proviso-dsl} produces it; {@code Policy.from} in core turns it
 * into fast decision tables. It can also be built in code.
 *
 * @param categories every category node, parents before children
 * @param purposes every purpose node, parents before children
 * @param consents the consents declared by name ({@code consent newsletter for marketing.email}),
 *     in source order
 * @param rules rules in source order (files in import order)
 * @param contentHash hex SHA-256 over the policy's source texts, recorded in every decision
 * @param bases the lawful bases declared for uses ({@code basis ... for ...}), in source order
 */
public record PolicyModel(
    String name,
    int version,
    String contentHash,
    List<CategoryDefinition> categories,
    List<PurposeDefinition> purposes,
    List<AttributeDefinition> subjectAttributes,
    List<AttributeDefinition> contextAttributes,
    List<RegimeDefinition> regimes,
    List<RuleDefinition> rules,
    List<RetentionDefinition> retentions,
    List<PolicyTestDefinition> tests,
    List<BasisDefinition> bases,
    List<ConsentDefinition> consents) {

  /** A policy that declares no lawful basis and no consent. */
  public PolicyModel(
      String name,
      int version,
      String contentHash,
      List<CategoryDefinition> categories,
      List<PurposeDefinition> purposes,
      List<AttributeDefinition> subjectAttributes,
      List<AttributeDefinition> contextAttributes,
      List<RegimeDefinition> regimes,
      List<RuleDefinition> rules,
      List<RetentionDefinition> retentions,
      List<PolicyTestDefinition> tests) {
    this(
        name,
        version,
        contentHash,
        categories,
        purposes,
        subjectAttributes,
        contextAttributes,
        regimes,
        rules,
        retentions,
        tests,
        List.of(),
        List.of());
  }

  public PolicyModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(contentHash, "contentHash");
    categories = List.copyOf(categories);
    purposes = List.copyOf(purposes);
    subjectAttributes = List.copyOf(subjectAttributes);
    contextAttributes = List.copyOf(contextAttributes);
    regimes = List.copyOf(regimes);
    rules = List.copyOf(rules);
    retentions = List.copyOf(retentions);
    tests = List.copyOf(tests);
    bases = List.copyOf(bases);
    consents = List.copyOf(consents);
  }

  /** The consent declared under {@code name}. */
  public Optional<ConsentDefinition> consent(String name) {
    return consents.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  public Optional<CategoryDefinition> category(String path) {
    return categories.stream().filter(c -> c.path().equals(path)).findFirst();
  }

  public Optional<PurposeDefinition> purpose(String path) {
    return purposes.stream().filter(p -> p.path().equals(path)).findFirst();
  }

  public Optional<RegimeDefinition> regime(String name) {
    return regimes.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  public Optional<RuleDefinition> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
