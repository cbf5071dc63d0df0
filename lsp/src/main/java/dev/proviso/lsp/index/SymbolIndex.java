package dev.proviso.lsp.index;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.ast.PolicyFile;
import dev.proviso.lsp.compile.Analysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every name written in a compilation's files and what it names, for hover, definition, references
 * and semantic tokens, plus every rule with its regime.
 *
 * <pre>{@code
 * SymbolIndex index = SymbolIndex.of(analysis);
 * index.at("shop.policy", 24, 8); // Optional[Target[CATEGORY, contact.email, ...]]
 * }</pre>
 */
public final class SymbolIndex {

  private final List<Occurrence> occurrences;
  private final List<RuleSite> rules;

  private SymbolIndex(List<Occurrence> occurrences, List<RuleSite> rules) {
    this.occurrences = List.copyOf(occurrences);
    this.rules = List.copyOf(rules);
  }

  public static SymbolIndex of(Analysis analysis) {
    IndexBuilder builder = new IndexBuilder();
    for (PolicyFile file : analysis.files().values()) {
      builder.file(file);
    }
    return new SymbolIndex(builder.occurrences, builder.rules);
  }

  public List<Occurrence> occurrences() {
    return occurrences;
  }

  public List<RuleSite> rules() {
    return rules;
  }

  /** The name at a 1-based line and code point column of {@code file}, if any. */
  public Optional<Target> at(String file, int line, int column) {
    for (Occurrence o : occurrences) {
      if (!o.span().file().equals(file)) {
        continue;
      }
      Optional<Integer> segment = o.segmentAt(line, column);
      if (segment.isPresent()) {
        int i = segment.get();
        return Optional.of(new Target(o.kind(), o.pathAt(i), o.segmentSpan(i), o.declares(i)));
      }
    }
    return Optional.empty();
  }

  /**
   * Every place {@code path} of {@code kind} is written, declarations included, in source order.
   */
  public List<Target> references(SymbolKind kind, String path) {
    List<Target> found = new ArrayList<>();
    for (Occurrence o : occurrences) {
      if (o.kind() != kind) {
        continue;
      }
      for (int i = 0; i < o.segmentCount(); i++) {
        if (o.pathAt(i).equals(path)) {
          found.add(new Target(kind, path, o.segmentSpan(i), o.declares(i)));
        }
      }
    }
    return found;
  }

  /** Where {@code path} of {@code kind} is declared (a regime may be declared in parts). */
  public List<Span> declarations(SymbolKind kind, String path) {
    return references(kind, path).stream().filter(Target::declaration).map(Target::span).toList();
  }

  /** The rule whose first line holds the position, if the position is on no name. */
  public Optional<RuleSite> ruleAt(String file, int line) {
    return rules.stream()
        .filter(r -> r.rule().loc().span().file().equals(file))
        .filter(r -> r.rule().loc().span().line() == line)
        .findFirst();
  }

  /** The rules that write {@code path} of {@code kind} (or a descendant of it). */
  public List<RuleSite> rulesMentioning(SymbolKind kind, String path) {
    return rules.stream().filter(r -> r.mentions(kind, path)).toList();
  }
}
