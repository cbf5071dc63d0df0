package dev.proviso.dsl.internal.check;

import dev.proviso.Suggestions;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * W408: events and opt-outs need no declaration, so a misspelling in one rule silently creates a
 * new name that nothing ever records. A name the rules use only once, one small edit from another
 * name of the same kind, is reported with a did-you-mean.
 */
final class NearMissNames {

  private final Map<String, List<Name>> events = new LinkedHashMap<>();
  private final Map<String, List<Name>> optOuts = new LinkedHashMap<>();

  void collect(Statement.RegimeItem item) {
    if (item instanceof Statement.Retain retain) {
      use(events, retain.event());
      retain.when().ifPresent(this::collect);
    } else if (item instanceof Statement.Rule rule) {
      rule.required().ifPresent(this::collect);
      rule.when().ifPresent(this::collect);
      rule.unless().ifPresent(this::collect);
      rule.obligations().forEach(this::collect);
    }
  }

  void collect(Expr expr) {
    if (expr instanceof Expr.Attribute a && a.scope() == Value.Scope.EVENT) {
      use(events, a.name());
    } else if (expr instanceof Expr.Call c) {
      boolean optOut = c.function().path().equals(BuiltIn.OPTED_OUT.spelling());
      for (Expr argument : c.arguments()) {
        if (optOut && argument instanceof Expr.Path p) {
          use(optOuts, p.name());
        } else {
          collect(argument);
        }
      }
    } else if (expr instanceof Expr.Logical l) {
      l.operands().forEach(this::collect);
    } else if (expr instanceof Expr.Not n) {
      collect(n.operand());
    } else if (expr instanceof Expr.Compare c) {
      collect(c.left());
      collect(c.right());
    } else if (expr instanceof Expr.Plus p) {
      collect(p.left());
      collect(p.right());
    } else if (expr instanceof Expr.In in) {
      collect(in.value());
      collect(in.options());
    }
  }

  private static void use(Map<String, List<Name>> uses, Name name) {
    uses.computeIfAbsent(name.path(), k -> new ArrayList<>()).add(name);
  }

  void report(Diagnostics diagnostics) {
    report(events, "event", diagnostics);
    report(optOuts, "opt-out", diagnostics);
  }

  private static void report(Map<String, List<Name>> uses, String kind, Diagnostics diagnostics) {
    for (Map.Entry<String, List<Name>> entry : uses.entrySet()) {
      if (entry.getValue().size() != 1) {
        continue;
      }
      List<String> others =
          uses.keySet().stream().filter(other -> !other.equals(entry.getKey())).toList();
      Optional<String> close = Suggestions.closest(entry.getKey(), others);
      // Of two names used once each, report only the later, so a pair gives one warning.
      boolean laterOfTwoSingles =
          close.isPresent()
              && (uses.get(close.get()).size() > 1
                  || indexOf(uses, close.get()) < indexOf(uses, entry.getKey()));
      if (laterOfTwoSingles) {
        Name name = entry.getValue().get(0);
        diagnostics.report(
            DiagnosticCode.W408,
            name.loc().span(),
            kind
                + " '"
                + name.path()
                + "' is used only here and is close to the "
                + kind
                + " '"
                + close.get()
                + "'",
            Optional.of("did you mean '" + close.get() + "'?"));
      }
    }
  }

  private static int indexOf(Map<String, List<Name>> uses, String key) {
    return List.copyOf(uses.keySet()).indexOf(key);
  }
}
