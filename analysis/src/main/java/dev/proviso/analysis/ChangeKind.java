package dev.proviso.analysis;

/** How a use changes between two versions of a policy. */
public enum ChangeKind {
  /** Never allowed before, allowed (at least sometimes) now. */
  OPENS("opens"),
  /** Allowed (at least sometimes) before, never allowed now. */
  CLOSES("closes"),
  /** Allowed in more cases than before (the old condition implies the new one). */
  WIDENS("widens"),
  /** Allowed in fewer cases than before (the new condition implies the old one). */
  NARROWS("narrows"),
  /** Allowed under a different condition, neither wider nor narrower. */
  CONDITION("changes condition"),
  /** Same decision, different obligations. */
  OBLIGATIONS("changes obligations"),
  /** Same decision and obligations, different advisory rules. */
  ADVICE("changes advice");

  private final String label;

  ChangeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
