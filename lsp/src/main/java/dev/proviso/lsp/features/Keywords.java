package dev.proviso.lsp.features;

import java.util.List;

/** The language's keywords, as the lexer reads them ({@code KeywordsTest} keeps them in step). */
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

  static final List<String> ALL =
      List.of(
          "policy",
          "version",
          "import",
          "subject",
          "context",
          "event",
          "category",
          "purpose",
          "sensitive",
          "sensitive_pi",
          "provided",
          "observed",
          "derived",
          "regime",
          "applies",
          "when",
          "unless",
          "advisory",
          "allow",
          "deny",
          "require",
          "oblige",
          "to",
          "use",
          "for",
          "with",
          "because",
          "any",
          "except",
          "retain",
          "basis",
          "param",
          "after",
          "test",
          "given",
          "expect",
          "at",
          "until",
          "of",
          "and",
          "or",
          "not",
          "in",
          "true",
          "false");
}
