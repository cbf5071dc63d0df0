package dev.proviso.dsl.internal.check;

import dev.proviso.Suggestions;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.resolve.Symbols;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Looks names up in the symbols and reports unknown ones with a did-you-mean. */
final class Names {

  private final Symbols symbols;
  private final Diagnostics diagnostics;
  private final java.util.Map<String, Optional<String>> categorySuggestions =
      new java.util.HashMap<>();
  private final java.util.Map<String, Optional<String>> purposeSuggestions =
      new java.util.HashMap<>();

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
        didYouMeanCategory(name.path())
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
        didYouMeanPurpose(name.path())
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

  /** Cached: a misspelling repeated in thousands of rules is looked up once. */
  Optional<String> didYouMeanCategory(String name) {
    return categorySuggestions.computeIfAbsent(
        name, n -> didYouMean(n, symbols.categories.keySet()));
  }

  Optional<String> didYouMeanPurpose(String name) {
    return purposeSuggestions.computeIfAbsent(name, n -> didYouMean(n, symbols.purposes.keySet()));
  }

  static Optional<String> didYouMean(String name, Collection<String> candidates) {
    return Suggestions.closest(name, candidates).map(s -> "did you mean '" + s + "'?");
  }
}
