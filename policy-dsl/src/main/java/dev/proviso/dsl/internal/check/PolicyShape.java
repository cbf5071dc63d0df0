package dev.proviso.dsl.internal.check;

import dev.proviso.Suggestions;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.resolve.LoadedSources;
import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import java.util.List;
import java.util.Optional;

/**
 * Warnings about the policy as a whole that would otherwise load silently: a policy without a
 * single rule (W405), which denies everything, and a regime whose name is a near miss of another
 * (W406), which silently becomes a new regime instead of adding to the one meant.
 */
final class PolicyShape {
  private PolicyShape() {}

  static void check(LoadedSources sources, Symbols symbols, Diagnostics diagnostics) {
    noRules(sources, diagnostics);
    closeRegimeNames(symbols, diagnostics);
  }

  private static void noRules(LoadedSources sources, Diagnostics diagnostics) {
    ParsedSource root = sources.files().get(0);
    if (root.hasErrors() || sources.files().stream().anyMatch(PolicyShape::hasRules)) {
      return;
    }
    root.file().statements().stream()
        .filter(Statement.Header.class::isInstance)
        .findFirst()
        .ifPresent(
            header ->
                diagnostics.report(
                    DiagnosticCode.W405,
                    header.loc().span(),
                    "the policy has no rules, so it denies every use",
                    Optional.of("add allow rules, or import the files that hold them")));
  }

  private static boolean hasRules(ParsedSource source) {
    return source.file().statements().stream()
        .anyMatch(s -> s instanceof Statement.Rule || s instanceof Statement.Regime);
  }

  private static void closeRegimeNames(Symbols symbols, Diagnostics diagnostics) {
    List<Symbols.RegimeInfo> regimes = List.copyOf(symbols.regimes.values());
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (int i = 1; i < regimes.size(); i++) {
      for (int j = 0; j < i; j++) {
        Symbols.RegimeInfo first = regimes.get(j);
        Symbols.RegimeInfo later = regimes.get(i);
        if (nearMiss(first.name(), later.name())) {
          // The near miss is usually the block without 'applies when': it applies to everyone.
          boolean firstIsTheMiss = first.appliesWhen().isEmpty() && later.appliesWhen().isPresent();
          Symbols.RegimeInfo miss = firstIsTheMiss ? first : later;
          Symbols.RegimeInfo meant = firstIsTheMiss ? later : first;
          if (!reported.add(miss.name())) {
            continue;
          }
          diagnostics.report(
              DiagnosticCode.W406,
              miss.span(),
              "regime '"
                  + miss.name()
                  + "' is a new regime"
                  + (miss.appliesWhen().isEmpty() ? " that applies to everyone" : "")
                  + ", but its name is close to the regime '"
                  + meant.name()
                  + "' at "
                  + meant.span(),
              Optional.of("did you mean '" + meant.name() + "'?"));
        }
      }
    }
  }

  /** One small edit apart, and not a numbered series such as {@code r1}, {@code r2}. */
  private static boolean nearMiss(String a, String b) {
    return Suggestions.closest(a, List.of(b)).isPresent()
        && !a.replaceAll("[0-9]", "").equals(b.replaceAll("[0-9]", ""));
  }
}
