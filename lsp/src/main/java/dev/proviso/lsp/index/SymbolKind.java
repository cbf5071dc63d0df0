package dev.proviso.lsp.index;

/** What a name in a policy stands for. */
public enum SymbolKind {
  CATEGORY("data category"),
  PURPOSE("purpose"),
  REGIME("regime"),
  /** A declared subject or context attribute; its path carries the scope, {@code subject.age}. */
  ATTRIBUTE("attribute"),
  /** An event timestamp such as {@code event.cart_abandoned}; never declared. */
  EVENT("event"),
  /** An opt-out such as {@code sale_or_share}; never declared. */
  OPT_OUT("opt-out"),
  /** A built-in function or obligation, e.g. {@code consent} or {@code mask}. */
  BUILTIN("built-in"),
  /** The file an import names; its path is the imported file's display name. */
  IMPORT("import");

  private final String label;

  SymbolKind(String label) {
    this.label = label;
  }

  /** In the author's words, e.g. {@code data category}. */
  public String label() {
    return label;
  }
}
