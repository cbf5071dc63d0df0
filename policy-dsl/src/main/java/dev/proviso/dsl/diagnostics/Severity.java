package dev.proviso.dsl.diagnostics;

/** How bad a diagnostic is: an error blocks compilation, a warning accompanies a policy. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word used in rendered diagnostics, e.g. {@code error[P101]}. */
  public String label() {
    return label;
  }
}
