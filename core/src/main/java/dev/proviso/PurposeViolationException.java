package dev.proviso;

/** Thrown by {@code check}/{@code enforce} when a use is denied; carries the decision. */
public final class PurposeViolationException extends RuntimeException {
  private final transient Decision decision;

  public PurposeViolationException(Decision decision) {
    super(decision.explanation().toString());
    this.decision = decision;
  }

  public Decision decision() {
    return decision;
  }
}
