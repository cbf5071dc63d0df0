package dev.proviso.model;

import java.util.List;
import java.util.Objects;

/**
 * The categories or purposes a rule names: either {@code any}, or a list of dotted paths (each
 * covering its subtree).
 */
public record Selection(boolean any, List<String> paths) {

  public static final Selection ANY = new Selection(true, List.of());

  public Selection {
    paths = List.copyOf(Objects.requireNonNull(paths, "paths"));
    if (any && !paths.isEmpty()) {
      throw new IllegalArgumentException("'any' selection cannot also list paths");
    }
  }

  public static Selection of(String... paths) {
    return new Selection(false, List.of(paths));
  }

  public static Selection of(List<String> paths) {
    return new Selection(false, paths);
  }

  @Override
  public String toString() {
    return any ? "any" : String.join(", ", paths);
  }
}
