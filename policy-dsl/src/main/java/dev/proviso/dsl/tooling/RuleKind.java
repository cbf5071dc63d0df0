package dev.proviso.dsl.tooling;

/** The keyword a rule starts with (after {@code advisory}). */
public enum RuleKind {
  ALLOW("allow"),
  DENY("deny"),
  REQUIRE("require"),
  OBLIGE("oblige"),
  RETAIN("retain");

  private final String keyword;

  RuleKind(String keyword) {
    this.keyword = keyword;
  }

  public String keyword() {
    return keyword;
  }
}
