package dev.proviso.dsl.tooling;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.compile.Pipeline;
import dev.proviso.dsl.internal.resolve.LoadedSources;
import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import dev.proviso.dsl.resolve.InMemorySourceResolver;
import dev.proviso.dsl.resolve.SourceResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles a policy once for a tool that needs more than the model: an editor, a linter, a
 * documentation generator. The diagnostics are the compiler's own ({@link
 * dev.proviso.dsl.PolicyCompiler} runs the same pipeline); the symbols, occurrences, rules, imports
 * and outline come from the same run.
 *
 * <pre>{@code
 * ToolingResult shop =
 *     PolicyTooling.compileString(
 *         "shop.policy",
 *         """
 *         policy "shop" version 1
 *         category contact { email, health sensitive }
 *         purpose marketing { email }
 *         allow[newsletter] contact.email for marketing.email
 *         """);
 * Symbol email = shop.symbol(SymbolKind.CATEGORY, "contact.email").orElseThrow();
 * email.declarations(); // [shop.policy:2:20]
 * email.references(); // [shop.policy:4:19], the whole name contact.email
 * shop.rule("newsletter").orElseThrow().range(); // shop.policy 4:1 to 4:52
 * shop.occurrenceAt("shop.policy", 4, 9); // the rule's name, declaring the rule 'newsletter'
 * }</pre>
 */
public final class PolicyTooling {
  private PolicyTooling() {}

  /** Compiles {@code root} (a display name) and its imports, found through {@code sources}. */
  public static ToolingResult compile(SourceResolver sources, String root) {
    Pipeline.Run run = Pipeline.run(sources, List.of(root));
    List<ParsedSource> files = run.loaded().map(LoadedSources::files).orElse(List.of());
    Set<String> names = new HashSet<>(run.result().sources().keySet());
    PolicyWalker walker =
        new PolicyWalker(new Extents(files), names, run.symbols().consents.keySet());
    List<String> order = new ArrayList<>();
    for (ParsedSource file : files) {
      order.add(file.file().file());
      walker.file(file.file());
    }
    List<Occurrence> occurrences = walker.names.occurrences;
    return new ToolingResult(
        run.result(),
        order,
        symbols(run.symbols(), occurrences),
        occurrences,
        walker.rules,
        walker.imports,
        walker.outline,
        inScope(run.symbols(), walker.rules));
  }

  /** Compiles one in-memory source; it cannot import anything but shipped packs. */
  public static ToolingResult compileString(String fileName, String text) {
    return compile(new InMemorySourceResolver(Map.of(fileName, text)), fileName);
  }

  /** Compiles {@code root} from in-memory sources by display name. */
  public static ToolingResult compileSources(String root, Map<String, String> sources) {
    return compile(new InMemorySourceResolver(sources), root);
  }

  /** A symbol being gathered: what the declarations say, then every place it is written. */
  private static final class Entry {
    final SymbolKind kind;
    final String name;
    final List<Span> declarations = new ArrayList<>();
    final List<Span> references = new ArrayList<>();
    List<String> flags = List.of();
    Optional<String> description = Optional.empty();
    Optional<String> type = Optional.empty();

    Entry(SymbolKind kind, String name) {
      this.kind = kind;
      this.name = name;
    }

    Symbol symbol() {
      return new Symbol(kind, name, declarations, references, flags, description, type);
    }
  }

  private record Key(SymbolKind kind, String name) {}

  private static List<Symbol> symbols(Symbols declared, List<Occurrence> occurrences) {
    Map<Key, Entry> entries = new LinkedHashMap<>();
    declared.categories.forEach(
        (path, info) -> {
          Entry e = entry(entries, SymbolKind.CATEGORY, path);
          List<String> flags = new ArrayList<>();
          if (info.sensitive()) {
            flags.add("sensitive");
          }
          info.provenance().ifPresent(p -> flags.add(p.name().toLowerCase(Locale.ROOT)));
          e.flags = flags;
          e.description = info.description();
        });
    declared.purposes.forEach(
        (path, info) -> entry(entries, SymbolKind.PURPOSE, path).description = info.description());
    declared.subjectAttributes.forEach(
        (name, info) ->
            entry(entries, SymbolKind.ATTRIBUTE, "subject." + name).type =
                Optional.of(info.type().spelling()));
    declared.contextAttributes.forEach(
        (name, info) ->
            entry(entries, SymbolKind.ATTRIBUTE, "context." + name).type =
                Optional.of(info.type().spelling()));
    declared.regimes.forEach(
        (name, info) ->
            entry(entries, SymbolKind.REGIME, name).flags =
                info.appliesWhen().isPresent() ? List.of("conditional") : List.of());
    for (Occurrence o : occurrences) {
      Entry e = entry(entries, o.kind(), o.name());
      (o.declaration() ? e.declarations : e.references).add(o.span());
    }
    return entries.values().stream().map(Entry::symbol).toList();
  }

  private static Entry entry(Map<Key, Entry> entries, SymbolKind kind, String name) {
    return entries.computeIfAbsent(new Key(kind, name), k -> new Entry(kind, name));
  }

  private static Map<SymbolKind, Set<String>> inScope(Symbols declared, List<RuleSite> rules) {
    Map<SymbolKind, Set<String>> scope = new LinkedHashMap<>();
    scope.put(SymbolKind.CATEGORY, Set.copyOf(declared.categories.keySet()));
    scope.put(SymbolKind.PURPOSE, Set.copyOf(declared.purposes.keySet()));
    Set<String> attributes = new HashSet<>();
    declared.subjectAttributes.keySet().forEach(n -> attributes.add("subject." + n));
    declared.contextAttributes.keySet().forEach(n -> attributes.add("context." + n));
    scope.put(SymbolKind.ATTRIBUTE, attributes);
    scope.put(SymbolKind.REGIME, Set.copyOf(declared.regimes.keySet()));
    scope.put(SymbolKind.EVENT, Set.copyOf(declared.events));
    scope.put(SymbolKind.OPT_OUT, Set.copyOf(declared.optOuts));
    Set<String> ids = new HashSet<>();
    rules.forEach(r -> ids.add(r.id()));
    scope.put(SymbolKind.RULE, ids);
    return scope;
  }
}
