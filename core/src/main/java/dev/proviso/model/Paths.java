package dev.proviso.model;

import java.util.Optional;

/** Helpers for dotted hierarchical names such as {@code contact.email}. */
public final class Paths {
  private Paths() {}

  /** The parent of a dotted path, or empty for a root. */
  public static Optional<String> parent(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(path.substring(0, dot));
  }

  /** True when {@code ancestor} is {@code path} itself or one of its ancestors. */
  public static boolean isSelfOrAncestor(String ancestor, String path) {
    return path.equals(ancestor)
        || (path.length() > ancestor.length()
            && path.startsWith(ancestor)
            && path.charAt(ancestor.length()) == '.');
  }
}
