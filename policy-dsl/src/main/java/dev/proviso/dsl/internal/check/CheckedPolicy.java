package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.internal.resolve.LoadedSources;
import dev.proviso.dsl.internal.resolve.Symbols;
import java.util.Objects;

/**
 * What the checker hands to lowering: the parsed sources with their origins, the resolved
 * declarations and the parsed literals. Lowering only receives one without errors.
 */
public record CheckedPolicy(LoadedSources sources, Symbols symbols, ParsedLiterals literals) {
  public CheckedPolicy {
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(symbols, "symbols");
    Objects.requireNonNull(literals, "literals");
  }
}
