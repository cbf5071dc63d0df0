package dev.proviso.guard;

import dev.proviso.Decision;
import dev.proviso.PurposeViolationException;
import java.util.List;

/**
 * A use the policy allowed that a guard refused because one of its obligations could not be
 * discharged: no handler for its kind, an audit record the log would not take, a {@code notify}
 * without a {@link Notifier}, a {@code not_before} still ahead, or a handler that threw. The
 * message names the obligation kind, the categories and the purpose, never a subject id or value.
 */
public final class UndischargedObligationException extends PurposeViolationException {
  private final transient String kind;

  UndischargedObligationException(
      List<String> categories,
      String purpose,
      String kind,
      String why,
      Decision decision,
      Throwable cause) {
    super(
        "refused: " + categories + " for " + purpose + " is allowed with " + kind + ", but " + why,
        decision);
    this.kind = kind;
    if (cause != null) {
      initCause(cause);
    }
  }

  /** The kind of the obligation that could not be discharged, e.g. {@code audit}. */
  public String kind() {
    return kind;
  }
}
