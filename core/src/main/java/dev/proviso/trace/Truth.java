package dev.proviso.trace;

/** The three-valued outcome of a condition, or that it was not evaluated. */
public enum Truth {
  TRUE,
  FALSE,
  /** The condition could not be evaluated (missing attribute, failing consent store, ...). */
  ERROR,
  /**
   * The rule has no such condition, or it did not need evaluating ({@code unless} after a false
   * {@code when}).
   */
  NOT_EVALUATED
}
