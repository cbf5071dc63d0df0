package dev.proviso.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One node of the data-category tree, with its flags already inherited.
 *
 * @param path dotted full path, e.g. {@code contact.email}
 * @param sensitive true when this node or any ancestor is marked {@code sensitive}
 * @param provenance the nearest declared provenance on this node or an ancestor
 * @param description an optional human description (e.g. from an imported taxonomy)
 */
public record CategoryDefinition(
    String path,
    boolean sensitive,
    Provenance provenance,
    Optional<String> description,
    SourceLocation location) {

  public CategoryDefinition {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(location, "location");
  }

  /** The parent path, or empty for a root category. */
  public Optional<String> parent() {
    return Paths.parent(path);
  }
}
