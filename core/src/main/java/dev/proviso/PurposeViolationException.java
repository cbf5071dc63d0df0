package dev.proviso;

/**
 * Thrown by {@code check}/{@code enforce} when a use is denied, and by guards when an allowed use
 * cannot go ahead with its obligations; carries the decision.
 */
public class PurposeViolationException extends RuntimeException {
  private final transient Decision decision;

  public PurposeViolationException(Decision decision) {
    super(decision.explanation().toString());
    this.decision = decision;
  }

  /** For a refusal whose reason is not the decision's explanation (a guard's obligation). */
  protected PurposeViolationException(String message, Decision decision) {
    super(message);
    this.decision = decision;
  }

  public Decision decision() {
    return decision;
  }
}
