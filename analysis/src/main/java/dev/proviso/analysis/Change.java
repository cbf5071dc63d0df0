package dev.proviso.analysis;

import dev.proviso.model.RuleDefinition;
import java.util.List;

/**
 * One use whose meaning differs between two policy versions, with the rules responsible: those that
 * cover it and were removed (present only in the old version) or added (only in the new one). Rules
 * are matched across versions by regime and text, so moving a rule to another line is not a change.
 * When both lists are empty the trees changed, not the rules.
 */
public record Change(
    ChangeKind kind,
    String category,
    String purpose,
    Scope scope,
    Use before,
    Use after,
    List<RuleDefinition> removed,
    List<RuleDefinition> added) {

  public Change {
    removed = List.copyOf(removed);
    added = List.copyOf(added);
  }
}
