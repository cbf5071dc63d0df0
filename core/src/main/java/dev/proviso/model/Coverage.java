package dev.proviso.model;

/**
 * Semantics rule 2 in one place: which requested category or purpose a rule's selection covers. An
 * allow covers the category it names and everything below it; a deny covers both directions, since
 * a request for all of {@code contact} would reveal {@code contact.email}. A purpose covers itself
 * and its sub-purposes, for allows and denies alike. The decision tables, the analysis, the
 * checker, retention planning and the guards all ask here.
 *
 * <pre>{@code
 * Coverage.covers(Effect.ALLOW, "contact", "contact.email"); // true
 * Coverage.covers(Effect.ALLOW, "contact.email", "contact"); // false
 * Coverage.covers(Effect.DENY, "contact.email", "contact");  // true
 * Coverage.coversPurpose(Selection.of("marketing"), "marketing.email"); // true
 * }</pre>
 */
public final class Coverage {
  private Coverage() {}

  /**
   * Whether a rule of {@code effect} naming the category {@code named} covers a request for {@code
   * category}. Retentions keep like an allow grants; mask and pseudonymize obligations restrict
   * like a deny.
   */
  public static boolean covers(Effect effect, String named, String category) {
    return Paths.isSelfOrAncestor(named, category)
        || (effect == Effect.DENY && Paths.isSelfOrAncestor(category, named));
  }

  /**
   * Whether a rule of {@code effect} with these categories covers a request for {@code category}.
   */
  public static boolean covers(Effect effect, Selection categories, String category) {
    if (categories.any()) {
      return true;
    }
    for (String named : categories.paths()) {
      if (covers(effect, named, category)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a rule on the purpose {@code named} covers a request for {@code purpose}. */
  public static boolean coversPurpose(String named, String purpose) {
    return Paths.isSelfOrAncestor(named, purpose);
  }

  /** Whether a rule with these purposes covers a request for {@code purpose}. */
  public static boolean coversPurpose(Selection purposes, String purpose) {
    if (purposes.any()) {
      return true;
    }
    for (String named : purposes.paths()) {
      if (coversPurpose(named, purpose)) {
        return true;
      }
    }
    return false;
  }
}
