package dev.proviso.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One node of the purpose tree, e.g. {@code marketing.email}.
 *
 * @param path dotted full path
 * @param description an optional human description (e.g. from an imported taxonomy)
 * @param label an optional display name (e.g. fideslang's "Marketing Email Communications")
 */
public record PurposeDefinition(
    String path, Optional<String> description, SourceLocation location, Optional<String> label) {

  public PurposeDefinition {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(label, "label");
  }

  /** A purpose without a display name. */
  public PurposeDefinition(String path, Optional<String> description, SourceLocation location) {
    this(path, description, location, Optional.empty());
  }

  /** The parent path, or empty for a root purpose. */
  public Optional<String> parent() {
    return Paths.parent(path);
  }
}
