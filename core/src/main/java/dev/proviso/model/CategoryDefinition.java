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
 * @param label an optional display name (e.g. fideslang's "User Contact Email"), shown to customers
 *     in access reports unless the application gives its own
 */
public record CategoryDefinition(
    String path,
    boolean sensitive,
    Provenance provenance,
    Optional<String> description,
    SourceLocation location,
    Optional<String> label) {

  public CategoryDefinition {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(label, "label");
  }

  /** A category without a display name. */
  public CategoryDefinition(
      String path,
      boolean sensitive,
      Provenance provenance,
      Optional<String> description,
      SourceLocation location) {
    this(path, sensitive, provenance, description, location, Optional.empty());
  }

  /** The parent path, or empty for a root category. */
  public Optional<String> parent() {
    return Paths.parent(path);
  }
}
