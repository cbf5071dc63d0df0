package dev.proviso.guard;

import dev.proviso.log.SubjectPseudonymizer;

/**
 * Applies field actions to values: keeps, masks, pseudonymizes or removes them. Masking and
 * pseudonymizing apply to text; any other value that must be masked or pseudonymized is removed,
 * since a number or date cannot be safely hidden in place.
 */
final class ValueFilter {
  /** Marks a value that must not appear at all. */
  static final Object REMOVED = new Object();

  /** What {@code mask(c, redact)} shows instead of a value. */
  static final String REDACTED = "[redacted]";

  /** {@code mask(c, truncate)} keeps this many characters, and never more than half the text. */
  private static final int TRUNCATE_KEEP = 4;

  private final Masker masker;
  private final SubjectPseudonymizer pseudonymizer;
  private final FieldAction unannotated;

  ValueFilter(Masker masker, SubjectPseudonymizer pseudonymizer, UnannotatedFields unannotated) {
    this.masker = masker;
    this.pseudonymizer = pseudonymizer;
    this.unannotated =
        unannotated == UnannotatedFields.KEEP ? FieldAction.KEEP : FieldAction.REMOVE;
  }

  /**
   * The action for a property whose category has index {@code slot}, or which is {@link
   * ClassMetadata#UNCLASSIFIED} (the guard's default) or {@link ClassMetadata#NOT_PERSONAL} (kept).
   */
  FieldAction action(int slot, FieldAction[] actions) {
    if (slot >= 0) {
      return actions[slot];
    }
    return slot == ClassMetadata.NOT_PERSONAL ? FieldAction.KEEP : unannotated;
  }

  /** The value to show, or {@link #REMOVED}. */
  Object apply(FieldAction action, Object value) {
    switch (action) {
      case KEEP:
        return value;
      case MASK:
        return value instanceof String text ? masker.mask(text) : REMOVED;
      case TRUNCATE:
        return value instanceof String text ? truncated(text) : REMOVED;
      case REDACT:
        return value instanceof String ? REDACTED : REMOVED;
      case PSEUDONYMIZE:
      case HASH:
        if (pseudonymizer == null) {
          throw new IllegalStateException(
              "the policy requires a keyed pseudonym or hash but the guard has no pseudonymizer;"
                  + " configure Guard.builder(...).pseudonymizer(new SubjectPseudonymizer(key))");
        }
        return value instanceof String text ? pseudonymizer.pseudonym(text) : REMOVED;
      default:
        return REMOVED;
    }
  }

  /**
   * The first characters of {@code text} followed by an ellipsis: {@code SW1A 1AA} → {@code SW1A…}.
   */
  static String truncated(String text) {
    int keep = Math.min(TRUNCATE_KEEP, text.length() / 2);
    return text.substring(0, keep) + "…";
  }
}
