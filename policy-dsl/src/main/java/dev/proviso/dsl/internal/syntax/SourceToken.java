package dev.proviso.dsl.internal.syntax;

import java.util.Objects;

/**
 * One token of a parsed file, comments and white space included, as the formatter needs it: what
 * kind it is, its text and its line. Indices in {@link dev.proviso.dsl.internal.ast.Loc} refer to
 * positions in {@link ParsedSource#tokens()}.
 *
 * <pre>{@code
 * SourceParser.parse("t.policy", "# hi\n").tokens().get(0); // SourceToken[COMMENT, "# hi", 1]
 * }</pre>
 */
public record SourceToken(Kind kind, String text, int line) {

  /** The kinds the formatter tells apart. */
  public enum Kind {
    /** A comment, from {@code #} to the end of the line. */
    COMMENT,
    /** Spaces, tabs and line breaks. */
    WHITESPACE,
    /** The opening brace of a block. */
    OPEN_BRACE,
    /** Any other token of the language, including the end of the file. */
    CODE;

    /** Comments and white space: not part of any statement. */
    public boolean hidden() {
      return this == COMMENT || this == WHITESPACE;
    }
  }

  public SourceToken {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
