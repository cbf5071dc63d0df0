package dev.proviso.model;

import java.util.Objects;

/** A declared subject or context attribute, e.g. {@code age: number}. */
public record AttributeDefinition(String name, AttributeType type, SourceLocation location) {
  public AttributeDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(location, "location");
  }
}
