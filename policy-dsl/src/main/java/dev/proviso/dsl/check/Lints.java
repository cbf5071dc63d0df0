package dev.proviso.dsl.check;

import dev.proviso.dsl.diagnostics.Diagnostics;
import dev.proviso.dsl.resolve.LoadedSources;
import dev.proviso.dsl.resolve.Symbols;

/** Placeholder replaced below. */
final class Lints {
  private Lints() {}

  static void check(LoadedSources sources, Symbols symbols, Diagnostics diagnostics) {}
}
