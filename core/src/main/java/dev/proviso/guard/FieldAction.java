package dev.proviso.guard;

import dev.proviso.Decision;
import dev.proviso.Obligation;
import dev.proviso.model.Coverage;
import dev.proviso.model.Effect;
import java.time.Instant;

/**
 * What a guard does with one annotated value, from weakest to strongest: when several obligations
 * apply, the strongest wins.
 */
public enum FieldAction {
  /** The value is allowed as is. */
  KEEP,
  /** The value is replaced by its keyed HMAC pseudonym (text values only; others are removed). */
  PSEUDONYMIZE,
  /** The value is masked (text values only; others are removed). */
  MASK,
  /** The value is not allowed for the purpose and is left out. */
  REMOVE;

  /**
   * The actions for categories decided together (the annotated properties of one object, the mapped
   * columns of one row): a denied category is removed; an allowed one is masked or pseudonymized
   * when an obligation of any allowed decision in the set names it, an ancestor or a descendant; a
   * {@code not_before} still in the future removes the value.
   */
  static FieldAction[] of(String[] categories, Decision[] decisions, Instant at) {
    FieldAction[] actions = new FieldAction[categories.length];
    for (int i = 0; i < categories.length; i++) {
      actions[i] = decisions[i].allowed() ? KEEP : REMOVE;
    }
    for (int j = 0; j < decisions.length; j++) {
      if (actions[j] == REMOVE) {
        continue; // denied: a deny carries no obligations
      }
      // The same decision may stand for several categories (decided together, or a shared
      // preallocated result): its mask/pseudonymize already covered every field the first time.
      boolean repeat = j > 0 && decisions[j] == decisions[j - 1];
      for (Obligation obligation : decisions[j].obligations()) {
        if (obligation instanceof Obligation.NotBefore notBefore) {
          if (notBefore.at().isAfter(at)) {
            actions[j] = REMOVE;
          }
        } else if (repeat) {
          continue;
        } else if (obligation instanceof Obligation.Mask mask) {
          strengthen(actions, categories, mask.category(), MASK);
        } else if (obligation instanceof Obligation.Pseudonymize pseudonymize) {
          strengthen(actions, categories, pseudonymize.category(), PSEUDONYMIZE);
        }
      }
    }
    return actions;
  }

  private static void strengthen(
      FieldAction[] actions, String[] categories, String named, FieldAction action) {
    for (int i = 0; i < categories.length; i++) {
      String category = categories[i];
      // A mask or pseudonymize restricts like a deny: both directions (semantics rule 2).
      if (Coverage.covers(Effect.DENY, named, category) && actions[i].compareTo(action) < 0) {
        actions[i] = action;
      }
    }
  }
}
