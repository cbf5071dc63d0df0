package dev.proviso.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A named body of rules with an applicability condition over the subject. A regime without a
 * condition always applies (house rules). A condition that cannot be evaluated counts as applying.
 */
public record RegimeDefinition(
    String name, Optional<Condition> appliesWhen, SourceLocation location) {
  public RegimeDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(appliesWhen, "appliesWhen");
    Objects.requireNonNull(location, "location");
  }
}
