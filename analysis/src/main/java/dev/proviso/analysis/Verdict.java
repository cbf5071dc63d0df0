package dev.proviso.analysis;

/** What a policy says about one use (category, purpose) once the known facts are applied. */
public enum Verdict {
  /** Allowed whatever the remaining facts. */
  ALLOW("allow"),
  /** Denied whatever the remaining facts, and a deny (or require) rule takes part. */
  DENY("deny"),
  /** No allow rule can match and no deny rule always does: denied by default. */
  DEFAULT_DENY("deny by default"),
  /** Allowed exactly when the residual condition holds. */
  CONDITIONAL("allow when"),
  /** The category or purpose is not declared in this version of the policy. */
  UNDECLARED("not declared");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True for the verdicts that never allow. */
  public boolean neverAllows() {
    return this == DENY || this == DEFAULT_DENY || this == UNDECLARED;
  }
}
