package dev.proviso.model;

/**
 * Semantics rule 2 in one place: which requested category or purpose a rule's selection covers. An
 * allow covers the category it names and everything below it; a deny covers both directions, since
 * a request for all of {@code contact} would reveal {@code contact.email}. A purpose covers itself
 * and its sub-purposes, for allows and denies alike. The decision tables, the analysis, the
 * checker, retention planning and the guards all ask here.
 *
 * <p>An {@code except} removes whole subtrees: nothing at or below an exception is covered, and an
 * allow does not cover a request for a category that contains an exception either (an allow on
 * {@code contact except contact.email} does not grant all of {@code contact}); a deny still covers
 * such a request, since it would reveal the rest.
 *
 * <pre>{@code
 * Coverage.covers(Effect.ALLOW, "contact", "contact.email"); // true
 * Coverage.covers(Effect.ALLOW, "contact.email", "contact"); // false
 * Coverage.covers(Effect.DENY, "contact.email", "contact");  // true
 * Coverage.coversPurpose(Selection.of("marketing"), "marketing.email"); // true
 * Coverage.coversPurpose(Selection.ANY.except("legal"), "legal.tax_records"); // false
 * }</pre>
 */
public final class Coverage {
  private Coverage() {}

  /**
   * Whether a rule of {@code effect} naming the category {@code named} covers a request for {@code
   * category}. Retentions keep like an allow grants; mask and pseudonymize obligations restrict
   * like a deny, and so does an {@code oblige} rule attach its obligations (a request for all of
   * {@code contact} carries what an oblige rule on {@code contact.email} requires).
   */
  public static boolean covers(Effect effect, String named, String category) {
    return Paths.isSelfOrAncestor(named, category)
        || (effect != Effect.ALLOW && Paths.isSelfOrAncestor(category, named));
  }

  /**
   * Whether a rule of {@code effect} with these categories covers a request for {@code category}.
   */
  public static boolean covers(Effect effect, Selection categories, String category) {
    if (excepted(effect, categories, category)) {
      return false;
    }
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
    for (String excepted : purposes.except()) {
      if (Paths.isSelfOrAncestor(excepted, purpose)) {
        return false;
      }
    }
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

  /**
   * Whether an exception of the selection takes {@code category} out: it lies at or below an
   * exception, or (for an allow or a retention) it contains one.
   */
  private static boolean excepted(Effect effect, Selection categories, String category) {
    for (String excepted : categories.except()) {
      if (Paths.isSelfOrAncestor(excepted, category)
          || (effect == Effect.ALLOW && Paths.isSelfOrAncestor(category, excepted))) {
        return true;
      }
    }
    return false;
  }
}
