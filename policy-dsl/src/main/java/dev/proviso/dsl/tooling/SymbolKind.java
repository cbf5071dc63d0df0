package dev.proviso.dsl.tooling;

/**
 * What a name in a policy stands for. A new kind of declaration in the language is one more
 * constant here and one more case where the tooling walks the syntax tree.
 */
public enum SymbolKind {
  CATEGORY("data category"),
  PURPOSE("purpose"),
  REGIME("regime"),
  /** A declared subject or context attribute; its name carries the scope, {@code subject.age}. */
  ATTRIBUTE("attribute"),
  /** An event timestamp such as {@code event.cart_abandoned}, named {@code cart_abandoned}. */
  EVENT("event"),
  /** An opt-out such as {@code sale_or_share}; never declared. */
  OPT_OUT("opt-out"),
  /** A consent declared by name ({@code consent newsletter for marketing.email}). */
  CONSENT("consent"),
  /** A retention parameter such as {@code invoice_retention}, used as {@code param.NAME}. */
  PARAM("parameter"),
  /** A built-in function or obligation, e.g. {@code consent} or {@code mask}; never declared. */
  BUILTIN("built-in"),
  /**
   * A rule or retention, named by its id: the name written in brackets ({@code
   * allow[marketing_email]}), else {@code file:line} of its first token.
   */
  RULE("rule");

  private final String label;

  SymbolKind(String label) {
    this.label = label;
  }

  /** In the author's words, e.g. {@code data category}. */
  public String label() {
    return label;
  }
}
