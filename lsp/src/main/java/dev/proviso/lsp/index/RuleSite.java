package dev.proviso.lsp.index;

import dev.proviso.dsl.internal.ast.Statement;
import java.util.List;
import java.util.Optional;

/**
 * A rule as written, with the regime it sits in (empty at top level), the names it writes, and the
 * id the compiled model gives it ({@code file:line} of its first token).
 */
public record RuleSite(Statement.Rule rule, Optional<String> regime, List<Occurrence> mentions) {

  public RuleSite {
    mentions = List.copyOf(mentions);
  }

  /** True when the rule writes {@code path} of {@code kind}, or a descendant of it. */
  public boolean mentions(SymbolKind kind, String path) {
    return mentions.stream()
        .anyMatch(
            o -> o.kind() == kind && (o.path().equals(path) || o.path().startsWith(path + ".")));
  }

  public String id() {
    return rule.loc().span().file() + ":" + rule.loc().span().line();
  }
}
