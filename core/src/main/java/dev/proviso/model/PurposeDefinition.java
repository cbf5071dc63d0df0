package dev.proviso.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One node of the purpose tree, e.g. {@code marketing.email}.
 *
 * @param path dotted full path
 * @param description an optional human description (e.g. from an imported taxonomy)
 */
public record PurposeDefinition(
    String path, Optional<String> description, SourceLocation location) {

  public PurposeDefinition {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(location, "location");
  }

  /** The parent path, or empty for a root purpose. */
  public Optional<String> parent() {
    return Paths.parent(path);
  }
}
