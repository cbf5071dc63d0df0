package dev.proviso.dsl.internal.ast;

import java.util.List;

/** {@code any}, or a comma-separated list of category or purpose names. */
public record SelectionNode(boolean any, List<Name> names, Loc loc) {
  public SelectionNode {
    names = List.copyOf(names);
  }
}
