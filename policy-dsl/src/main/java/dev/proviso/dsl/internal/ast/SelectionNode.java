package dev.proviso.dsl.internal.ast;

import java.util.List;

/**
 * {@code any}, or a comma-separated list of category or purpose names, minus the subtrees listed
 * after {@code except} ({@code any except legal}); {@code except} is empty where it is not allowed.
 */
public record SelectionNode(boolean any, List<Name> names, List<Name> except, Loc loc) {
  public SelectionNode {
    names = List.copyOf(names);
    except = List.copyOf(except);
  }

  /** A selection without exceptions. */
  public SelectionNode(boolean any, List<Name> names, Loc loc) {
    this(any, names, List.of(), loc);
  }
}
