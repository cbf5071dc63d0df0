package dev.proviso.model;

import java.util.List;
import java.util.Objects;

/**
 * The categories or purposes a rule names: either {@code any}, or a list of dotted paths (each
 * covering its subtree), minus the subtrees in {@code except}: {@code any except legal}, {@code
 * contact except contact.email}. {@link Coverage} says what a selection covers.
 */
public record Selection(boolean any, List<String> paths, List<String> except) {

  public static final Selection ANY = new Selection(true, List.of());

  public Selection {
    paths = List.copyOf(Objects.requireNonNull(paths, "paths"));
    except = List.copyOf(Objects.requireNonNull(except, "except"));
    if (any && !paths.isEmpty()) {
      throw new IllegalArgumentException("'any' selection cannot also list paths");
    }
  }

  /** A selection without exceptions. */
  public Selection(boolean any, List<String> paths) {
    this(any, paths, List.of());
  }

  public static Selection of(String... paths) {
    return new Selection(false, List.of(paths));
  }

  public static Selection of(List<String> paths) {
    return new Selection(false, paths);
  }

  /** This selection minus the subtrees of {@code paths}. */
  public Selection except(String... paths) {
    return new Selection(any, this.paths, List.of(paths));
  }

  @Override
  public String toString() {
    String named = any ? "any" : String.join(", ", paths);
    return except.isEmpty() ? named : named + " except " + String.join(", ", except);
  }
}
