package dev.proviso.guard;

/**
 * What a guard does with one annotated value, from weakest to strongest: when several obligations
 * apply, the strongest wins ({@link ObligationContext#restrict}). The masks between {@link
 * #PSEUDONYMIZE} and {@link #REMOVE} are the methods of {@code mask(category, method)}.
 */
public enum FieldAction {
  /** The value is allowed as is. */
  KEEP,
  /** The value is replaced by its keyed HMAC pseudonym (text values only; others are removed). */
  PSEUDONYMIZE,
  /** {@code mask(c, hash)}: the value's keyed hash, as a pseudonym is (text only). */
  HASH,
  /** {@code mask(c, truncate)}: only the first characters are kept (text only). */
  TRUNCATE,
  /** {@code mask(c)}: the value is masked by the guard's {@link Masker} (text values only). */
  MASK,
  /** {@code mask(c, redact)}: the value is replaced by a fixed marker (text values only). */
  REDACT,
  /** The value is not allowed for the purpose and is left out. */
  REMOVE;
}
