package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.resolve.LoadedSources;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule's or retention's name is its id in decisions, logs, receipts and coverage, so it must be
 * unique across every loaded file (P116).
 */
final class RuleNames {
  private RuleNames() {}

  static void check(LoadedSources sources, Diagnostics diagnostics) {
    Map<String, Name> first = new HashMap<>();
    for (ParsedSource source : sources.files()) {
      for (Statement statement : source.file().statements()) {
        for (Statement.RegimeItem item : items(statement)) {
          item.name().ifPresent(name -> unique(name, first, diagnostics));
        }
      }
    }
  }

  private static List<Statement.RegimeItem> items(Statement statement) {
    if (statement instanceof Statement.Regime regime) {
      return regime.items();
    }
    return statement instanceof Statement.RegimeItem item ? List.of(item) : List.of();
  }

  private static void unique(Name name, Map<String, Name> first, Diagnostics diagnostics) {
    Name earlier = first.putIfAbsent(name.path(), name);
    if (earlier != null) {
      diagnostics.report(
          DiagnosticCode.P116,
          name.loc().span(),
          "the rule name '" + name.path() + "' is already used at " + earlier.loc().span(),
          Optional.of("rule names are ids in decisions and logs; give this rule another name"));
    }
  }
}
