package dev.proviso.dsl.tooling;

import java.util.List;

/**
 * What a rule selects, as written: {@code any}, or names, minus the subtrees after {@code except}.
 */
public record RuleSelection(boolean any, List<String> names, List<String> except) {
  public RuleSelection {
    names = List.copyOf(names);
    except = List.copyOf(except);
  }
}
