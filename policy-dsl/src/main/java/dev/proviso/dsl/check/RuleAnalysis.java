package dev.proviso.dsl.check;

import dev.proviso.dsl.diagnostics.Diagnostics;
import dev.proviso.dsl.resolve.LoadedSources;
import dev.proviso.dsl.resolve.Symbols;

/** Placeholder replaced below. */
final class RuleAnalysis {
  private RuleAnalysis() {}

  static void analyze(LoadedSources sources, Symbols symbols, Diagnostics diagnostics) {}
}
