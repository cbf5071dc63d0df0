package dev.proviso.sql;

/**
 * A residual that cannot be rendered exactly in SQL (a context attribute, an event, a retention in
 * force after erasure...). Rendering refuses rather than widen or narrow the selection.
 */
public final class PushdownException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PushdownException(String message) {
    super(message);
  }
}
