package dev.proviso.dsl.diagnostics;

/**
 * Every diagnostic the compiler can report. The names are stable and documented in {@code
 * docs/diagnostics.md}: {@code P0xx} syntax, {@code P1xx} names and imports, {@code P2xx} types and
 * literals, {@code P3xx} rule analysis, {@code W4xx} lints (warnings), {@code P900} a bug in the
 * compiler itself (never the policy's fault).
 */
public enum DiagnosticCode {
  P001("syntax error"),
  P002("unterminated text"),
  P003("unexpected character"),
  P004("missing policy header"),
  P005("misplaced policy header"),
  P006("unclosed block"),
  P007("beyond the compiler's limits"),

  P101("unknown data category"),
  P102("unknown purpose"),
  P103("unknown attribute"),
  P104("unknown event"),
  P105("unknown opt-out"),
  P106("unknown attribute type"),
  P107("unknown function or obligation"),
  P108("unknown data subject kind"),
  P110("duplicate category"),
  P111("duplicate purpose"),
  P112("duplicate attribute"),
  P113("duplicate test"),
  P114("regime condition declared twice"),
  P115("conflicting category flags"),
  P116("duplicate rule name"),
  P117("exception outside its selection"),
  P118("duplicate consent"),
  P119("unknown consent"),
  P120("import cycle"),
  P121("imported file not found"),
  P122("unsupported import kind"),
  P123("import outside the policy directory"),
  P124("imported file without statements"),
  P125("unknown lawful basis"),
  P126("lawful basis outside a rule"),
  P127("duplicate parameter"),
  P128("unknown parameter"),

  P201("type mismatch"),
  P202("ordering on an unordered type"),
  P203("wrong types for 'in'"),
  P204("consent on a data category"),
  P205("elapsed time compared to a non-duration"),
  P206("malformed duration"),
  P207("malformed instant"),
  P208("wrong argument"),
  P209("not a condition"),
  P210("malformed version"),
  P211("test value of the wrong type"),

  P301("allow rule can never matter", Severity.WARNING),
  P302("empty regime"),
  P303("duplicate rule"),
  P304("obligation on a deny rule"),
  P305("oblige rule that obliges nothing"),

  W401("unused category", Severity.WARNING),
  W402("unused purpose", Severity.WARNING),
  W403("sensitive data for marketing without consent", Severity.WARNING),
  W404("zero duration", Severity.WARNING),
  W405("policy without rules", Severity.WARNING),
  W406("regime name close to another", Severity.WARNING),
  W407("consent for another purpose", Severity.WARNING),
  W408("event or opt-out name close to another", Severity.WARNING),
  W409("allow rule in a conditional regime", Severity.WARNING),

  P900("internal compiler error");

  private final String title;
  private final Severity severity;

  DiagnosticCode(String title) {
    this(title, Severity.ERROR);
  }

  DiagnosticCode(String title, Severity severity) {
    this.title = title;
    this.severity = severity;
  }

  /** A short description of the kind of problem, as listed in the catalogue. */
  public String title() {
    return title;
  }

  public Severity severity() {
    return severity;
  }
}
