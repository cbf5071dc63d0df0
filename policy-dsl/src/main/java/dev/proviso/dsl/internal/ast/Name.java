package dev.proviso.dsl.internal.ast;

/** A dotted name as written, e.g. {@code contact.email}. */
public record Name(String path, Loc loc) {
  public static Name of(String path) {
    return new Name(path, Loc.NONE);
  }

  @Override
  public String toString() {
    return path;
  }
}
