package dev.proviso.dsl.check;

import dev.proviso.Suggestions;
import dev.proviso.dsl.ast.Name;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.diagnostics.Diagnostics;
import dev.proviso.dsl.resolve.Symbols;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Looks names up in the symbols and reports unknown ones with a did-you-mean. */
final class Names {

  private final Symbols symbols;
  private final Diagnostics diagnostics;

  Names(Symbols symbols, Diagnostics diagnostics) {
    this.symbols = symbols;
    this.diagnostics = diagnostics;
  }

  Symbols symbols() {
    return symbols;
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  boolean category(Name name) {
    if (symbols.categories.containsKey(name.path())) {
      return true;
    }
    Optional<String> help =
        didYouMean(name.path(), symbols.categories.keySet())
            .or(
                () ->
                    symbols.purposes.containsKey(name.path())
                        ? Optional.of(
                            "'" + name.path() + "' is a purpose; data categories come before 'for'")
                        : Optional.empty());
    diagnostics.report(
        DiagnosticCode.P101,
        name.loc().span(),
        "unknown data category '" + name.path() + "'",
        help);
    return false;
  }

  boolean purpose(Name name) {
    if (symbols.purposes.containsKey(name.path())) {
      return true;
    }
    Optional<String> help =
        didYouMean(name.path(), symbols.purposes.keySet())
            .or(
                () ->
                    symbols.categories.containsKey(name.path())
                        ? Optional.of(
                            "'" + name.path() + "' is a data category; purposes come after 'for'")
                        : Optional.empty());
    diagnostics.report(
        DiagnosticCode.P102, name.loc().span(), "unknown purpose '" + name.path() + "'", help);
    return false;
  }

  /**
   * Reports an unknown function, obligation or test fact (P107), e.g. {@code unknown function
   * 'consnet' in a condition}, with a did-you-mean or else the list of known names.
   */
  void unknownFunction(Name name, String kind, String where, List<String> known) {
    diagnostics.report(
        DiagnosticCode.P107,
        name.loc().span(),
        "unknown " + kind + " '" + name.path() + "'" + where,
        didYouMean(name.path(), known)
            .or(() -> Optional.of("the " + kind + "s are " + String.join(", ", known))));
  }

  static Optional<String> didYouMean(String name, Collection<String> candidates) {
    return Suggestions.closest(name, candidates).map(s -> "did you mean '" + s + "'?");
  }
}
