package dev.proviso.lsp.features;

import java.util.List;

/** The language's keywords, grouped by where they start something ({@code KeywordsTest}). */
final class Keywords {
  private Keywords() {}

  /** Keywords that start a statement at the top level. */
  static final List<String> STATEMENTS =
      List.of(
          "policy",
          "import",
          "subject",
          "context",
          "category",
          "purpose",
          "regime",
          "allow",
          "deny",
          "require",
          "oblige",
          "advisory",
          "retain",
          "basis",
          "param",
          "test");

  /** Keywords that start a rule in a regime, and a step in a test. */
  static final List<String> RULES =
      List.of("allow", "deny", "require", "oblige", "advisory", "retain");

  static final List<String> STEPS = List.of("subject", "given", "expect");

  /** Every reserved word, from the compiler's lexer. */
  static final List<String> ALL = dev.proviso.dsl.tooling.Keywords.all();
}
