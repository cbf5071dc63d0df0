package dev.proviso.dsl.tooling;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.model.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One compilation of a policy as editors and other tools see it: the compiler's result (diagnostics
 * and model, exactly what {@code proviso check} reports), and from the same run the loaded files,
 * every symbol with every place it is written, the rules, the imports and each file's outline.
 * Immutable. Obtained from {@link PolicyTooling#compile}.
 *
 * <p>Positions are the compiler's: 1-based lines, 1-based columns counted in code points.
 */
public final class ToolingResult {

  private final CompilationResult compilation;
  private final List<String> files;
  private final List<Symbol> symbols;
  private final List<Occurrence> occurrences;
  private final List<RuleSite> rules;
  private final List<ImportSite> imports;
  private final Map<String, List<Section>> outline;
  private final Map<SymbolKind, Set<String>> inScope;

  ToolingResult(
      CompilationResult compilation,
      List<String> files,
      List<Symbol> symbols,
      List<Occurrence> occurrences,
      List<RuleSite> rules,
      List<ImportSite> imports,
      Map<String, List<Section>> outline,
      Map<SymbolKind, Set<String>> inScope) {
    this.compilation = compilation;
    this.files = List.copyOf(files);
    this.symbols = List.copyOf(symbols);
    this.occurrences = List.copyOf(occurrences);
    this.rules = List.copyOf(rules);
    this.imports = List.copyOf(imports);
    this.outline = Map.copyOf(outline);
    this.inScope = Map.copyOf(inScope);
  }

  /** The compiler's own result: diagnostics, the model when there are no errors, the texts. */
  public CompilationResult compilation() {
    return compilation;
  }

  public List<Diagnostic> diagnostics() {
    return compilation.diagnostics();
  }

  /** The display name of every loaded file, root first, in load order. */
  public List<String> files() {
    return files;
  }

  public boolean loaded(String file) {
    return compilation.sources().containsKey(file);
  }

  /** The text of a loaded file. */
  public Optional<String> text(String file) {
    return Optional.ofNullable(compilation.sources().get(file));
  }

  /** Every symbol: the declared ones in declaration order, then those only written. */
  public List<Symbol> symbols() {
    return symbols;
  }

  public List<Symbol> symbols(SymbolKind kind) {
    return symbols.stream().filter(s -> s.kind() == kind).toList();
  }

  public Optional<Symbol> symbol(SymbolKind kind, String name) {
    return symbols.stream().filter(s -> s.kind() == kind && s.name().equals(name)).findFirst();
  }

  /**
   * The symbols an author may write here: declared categories, purposes, attributes and regimes,
   * the events and opt-outs the rules mention, and every rule.
   */
  public List<Symbol> inScope(SymbolKind kind) {
    Set<String> names = inScope.getOrDefault(kind, Set.of());
    return symbols(kind).stream().filter(s -> names.contains(s.name())).toList();
  }

  /** Every occurrence of every symbol, in load order. */
  public List<Occurrence> occurrences() {
    return occurrences;
  }

  /**
   * The name written at a line and column of a file, if any; on the first segment of {@code
   * contact.email} that is {@code contact}, elsewhere on it {@code contact.email}.
   */
  public Optional<Occurrence> occurrenceAt(String file, int line, int column) {
    return occurrences.stream()
        .filter(o -> o.covers(file, line, column))
        .min(java.util.Comparator.comparingInt(o -> o.span().length()));
  }

  /** Every rule and retention, in load order. */
  public List<RuleSite> rules() {
    return rules;
  }

  public Optional<RuleSite> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The rule whose text holds the position (a regime's rule, not the regime). */
  public Optional<RuleSite> ruleAt(String file, int line, int column) {
    return rules.stream()
        .filter(r -> r.range().file().equals(file) && r.range().contains(line, column))
        .findFirst();
  }

  /**
   * The rules whose text names the symbol. A rule naming {@code contact.email} names {@code
   * contact} too, so the rules on a category include those on what lies below it.
   */
  public List<RuleSite> rulesMentioning(SymbolKind kind, String name) {
    List<Occurrence> written =
        occurrences.stream()
            .filter(o -> o.kind() == kind && o.name().equals(name) && !o.declaration())
            .toList();
    return rules.stream()
        .filter(r -> written.stream().anyMatch(o -> r.range().contains(o.span())))
        .toList();
  }

  public List<ImportSite> imports() {
    return imports;
  }

  /** The import whose quoted path holds the position, if any. */
  public Optional<ImportSite> importAt(String file, int line, int column) {
    return imports.stream()
        .filter(i -> Occurrence.covers(i.span(), file, line, column))
        .findFirst();
  }

  /** The outline of a loaded file; empty for any other. */
  public List<Section> outline(String file) {
    return outline.getOrDefault(file, List.of());
  }

  /**
   * The category itself or the nearest ancestor that declares {@code flag}: where a category's
   * {@code sensitive} flag or provenance comes from.
   */
  public Optional<Symbol> flagSource(String category, String flag) {
    for (String p = category; p != null; p = Paths.parent(p).orElse(null)) {
      Optional<Symbol> s = symbol(SymbolKind.CATEGORY, p);
      if (s.isPresent() && s.get().hasFlag(flag)) {
        return s;
      }
    }
    return Optional.empty();
  }

  /** True when the category or an ancestor is declared sensitive (semantics rule 2). */
  public boolean sensitive(String category) {
    return flagSource(category, "sensitive").isPresent();
  }

  @Override
  public String toString() {
    return "ToolingResult[" + files.size() + " files, " + symbols.size() + " symbols]";
  }
}
