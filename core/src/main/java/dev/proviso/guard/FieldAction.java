package dev.proviso.guard;

/**
 * What a guard does with one annotated value, from weakest to strongest: when several obligations
 * apply, the strongest wins ({@link ObligationContext#restrict}).
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
}
