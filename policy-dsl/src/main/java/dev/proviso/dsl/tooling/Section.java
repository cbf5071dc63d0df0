package dev.proviso.dsl.tooling;

import dev.proviso.dsl.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/**
 * One node of a file's outline: a statement, or a part of one (an attribute, a sub-category, a
 * regime's rule).
 *
 * @param name the policy's name, an import's path, {@code subject}/{@code context}, an attribute, a
 *     category's or purpose's full path, a regime's name, a rule's id, a test's name
 * @param detail the version of a header, an attribute's type, a category's flags
 * @param range all of it, from its first token to the end of its last
 * @param selection the part that names it
 */
public record Section(
    Kind kind,
    String name,
    Optional<String> detail,
    SourceRange range,
    Span selection,
    List<Section> children) {

  public Section {
    children = List.copyOf(children);
  }

  /** What the section is. */
  public enum Kind {
    HEADER,
    IMPORT,
    ATTRIBUTES,
    ATTRIBUTE,
    CATEGORY,
    PURPOSE,
    REGIME,
    RULE,
    TEST
  }
}
