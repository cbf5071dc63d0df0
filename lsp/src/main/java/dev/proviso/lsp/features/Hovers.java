package dev.proviso.lsp.features;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.tooling.ImportSite;
import dev.proviso.dsl.tooling.Occurrence;
import dev.proviso.dsl.tooling.RuleSite;
import dev.proviso.dsl.tooling.Symbol;
import dev.proviso.dsl.tooling.SymbolKind;
import dev.proviso.dsl.tooling.ToolingResult;
import dev.proviso.lsp.compile.Builtins;
import dev.proviso.lsp.compile.RuleCoverage;
import dev.proviso.lsp.workspace.DocumentView;
import dev.proviso.model.Paths;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Hover: for a category its path, flags (and where they are inherited from), description and the
 * rules that name it; for a purpose its subtree; for a rule (anywhere on it but on a name) the uses
 * it covers; for attributes, events, opt-outs, regimes, built-ins and imports what they are.
 */
public final class Hovers {
  private Hovers() {}

  /** How many covered uses a rule's hover lists before it summarises the rest. */
  static final int MAX_USES = 12;

  /** A category's provenance flags; the nearest one declared on it or an ancestor holds. */
  private static final List<String> PROVENANCES = List.of("provided", "observed", "derived");

  public static Optional<Hover> at(DocumentView view, Position position) {
    LineMap lines = view.lines();
    int line = position.getLine() + 1;
    int column = lines.codePointColumn(position);
    ToolingResult analysis = view.analysis();
    Optional<ImportSite> imported = analysis.importAt(view.file(), line, column);
    if (imported.isPresent()) {
      ImportSite i = imported.get();
      String md = "imports `" + i.target() + "`" + (i.loaded() ? "" : " (not loaded)");
      return Optional.of(hover(md, lines.range(i.span())));
    }
    Optional<Occurrence> at = analysis.occurrenceAt(view.file(), line, column);
    if (at.isPresent()) {
      Occurrence o = at.get();
      return text(view, o).map(md -> hover(md, lines.range(o.span())));
    }
    return analysis
        .ruleAt(view.file(), line, column)
        .map(site -> hover(rule(view, site), lines.range(site.range())));
  }

  private static Hover hover(String markdown, Range range) {
    return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), range);
  }

  private static Optional<String> text(DocumentView view, Occurrence o) {
    return switch (o.kind()) {
      case CATEGORY -> category(view, o.name());
      case PURPOSE -> purpose(view, o.name());
      case REGIME -> Optional.of(regime(view, o.name()));
      case ATTRIBUTE -> attribute(view, o.name());
      case EVENT ->
          Optional.of(
              mentioned(
                  view,
                  o,
                  "event `event." + o.name() + "`",
                  "An instant the caller passes with the request."));
      case OPT_OUT ->
          Optional.of(
              mentioned(
                  view,
                  o,
                  "opt-out `" + o.name() + "`",
                  "Recorded in the consent ledger like consent; never declared."));
      case BUILTIN -> Builtins.named(o.name()).map(Hovers::builtin);
      case RULE -> view.analysis().rule(o.name()).map(site -> rule(view, site));
      // A kind of declaration this hover has no words of its own for yet.
      default -> Optional.of(declared(view, o));
    };
  }

  private static String declared(DocumentView view, Occurrence o) {
    StringBuilder md = new StringBuilder("**" + o.kind().label() + "** `" + o.name() + "`\n\n");
    List<Span> declarations =
        view.analysis().symbol(o.kind(), o.name()).map(Symbol::declarations).orElse(List.of());
    if (declarations.isEmpty()) {
      md.append("declared nowhere\n");
    }
    for (Span d : declarations) {
      md.append("declared at ").append(where(d)).append('\n');
    }
    rules(view, o.kind(), o.name(), md);
    return md.toString();
  }

  private static Optional<String> category(DocumentView view, String path) {
    ToolingResult analysis = view.analysis();
    Optional<Symbol> declared = analysis.symbol(SymbolKind.CATEGORY, path).filter(Symbol::declared);
    if (declared.isEmpty()) {
      return Optional.of("unknown data category `" + path + "`");
    }
    StringBuilder md = new StringBuilder("**data category** `" + path + "`\n\n");
    StringBuilder flags = new StringBuilder();
    analysis
        .flagSource(path, "sensitive")
        .ifPresent(
            from -> flags.append("- sensitive").append(inherited(path, from.name())).append('\n'));
    for (String p = path; p != null; p = Paths.parent(p).orElse(null)) {
      Optional<String> provenance =
          analysis.symbol(SymbolKind.CATEGORY, p).stream()
              .flatMap(s -> s.flags().stream())
              .filter(PROVENANCES::contains)
              .findFirst();
      if (provenance.isPresent()) {
        flags.append("- ").append(provenance.get()).append(inherited(path, p)).append('\n');
        break;
      }
    }
    if (!flags.isEmpty()) {
      md.append(flags).append('\n');
    }
    declared.get().description().ifPresent(d -> md.append(d).append("\n\n"));
    md.append("declared at ").append(where(declared.get().declarations().get(0))).append('\n');
    rules(view, SymbolKind.CATEGORY, path, md);
    return Optional.of(md.toString());
  }

  private static String inherited(String path, String from) {
    return from.equals(path) ? "" : " (inherited from `" + from + "`)";
  }

  private static Optional<String> purpose(DocumentView view, String path) {
    ToolingResult analysis = view.analysis();
    Optional<Symbol> declared = analysis.symbol(SymbolKind.PURPOSE, path).filter(Symbol::declared);
    if (declared.isEmpty()) {
      return Optional.of("unknown purpose `" + path + "`");
    }
    StringBuilder md = new StringBuilder("**purpose** `" + path + "`\n\n");
    declared.get().description().ifPresent(d -> md.append(d).append("\n\n"));
    List<String> below =
        analysis.inScope(SymbolKind.PURPOSE).stream()
            .map(Symbol::name)
            .filter(p -> Paths.isSelfOrAncestor(path, p))
            .toList();
    md.append("```\n");
    int depth = path.split("\\.").length;
    for (String p : below) {
      int indent = p.split("\\.").length - depth;
      md.append("  ".repeat(indent))
          .append(indent == 0 ? p : p.substring(p.lastIndexOf('.') + 1))
          .append('\n');
    }
    md.append("```\n\ndeclared at ")
        .append(where(declared.get().declarations().get(0)))
        .append('\n');
    rules(view, SymbolKind.PURPOSE, path, md);
    return Optional.of(md.toString());
  }

  private static String regime(DocumentView view, String name) {
    StringBuilder md = new StringBuilder("**regime** `" + name + "`\n\n");
    Optional<Symbol> regime = view.analysis().symbol(SymbolKind.REGIME, name);
    if (regime.isPresent() && regime.get().declared() && !regime.get().hasFlag("conditional")) {
      md.append("always applies (no condition)\n\n");
    }
    for (Span part : regime.map(Symbol::declarations).orElse(List.of())) {
      md.append("- `").append(sourceLine(view, part)).append("` at ").append(where(part));
      md.append('\n');
    }
    long rules =
        view.analysis().rules().stream().filter(r -> r.regime().equals(Optional.of(name))).count();
    md.append("\n").append(rules).append(rules == 1 ? " rule" : " rules").append('\n');
    return md.toString();
  }

  private static Optional<String> attribute(DocumentView view, String path) {
    Optional<Symbol> declared =
        view.analysis().symbol(SymbolKind.ATTRIBUTE, path).filter(Symbol::declared);
    if (declared.isEmpty()) {
      return Optional.of("unknown attribute `" + path + "`");
    }
    return Optional.of(
        "**attribute** `"
            + path
            + "`: "
            + declared.get().type().orElse("")
            + "\n\ndeclared at "
            + where(declared.get().declarations().get(0)));
  }

  private static String mentioned(DocumentView view, Occurrence o, String title, String what) {
    StringBuilder md = new StringBuilder("**" + title + "**\n\n" + what + "\n");
    rules(view, o.kind(), o.name(), md);
    return md.toString();
  }

  private static String builtin(Builtins.Builtin b) {
    return "**"
        + b.place().label()
        + "** `"
        + b.signature()
        + "`\n\n"
        + b.description()
        + "\n\nexample: `"
        + b.example()
        + "`";
  }

  private static String rule(DocumentView view, RuleSite site) {
    StringBuilder md = new StringBuilder("**rule** `" + site.id() + "`");
    site.regime().ifPresent(r -> md.append(" in regime `").append(r).append('`'));
    md.append("\n\n");
    if (view.coverage().isEmpty()) {
      return md.append("fix the errors to see the uses this rule covers\n").toString();
    }
    List<RuleCoverage.CoveredUse> uses = view.coverage().get().covered(site.id());
    if (uses.isEmpty()) {
      return md.append("covers no declared use\n").toString();
    }
    md.append("covers ").append(uses.size()).append(uses.size() == 1 ? " use" : " uses");
    md.append("; the policy then says, for a subject of whom nothing is known:\n\n");
    for (RuleCoverage.CoveredUse use : uses.subList(0, Math.min(MAX_USES, uses.size()))) {
      md.append("- `").append(use.category()).append("` for `").append(use.purpose());
      md.append("`: ").append(use.verdict()).append('\n');
    }
    if (uses.size() > MAX_USES) {
      md.append("- … and ").append(uses.size() - MAX_USES).append(" more\n");
    }
    return md.toString();
  }

  private static void rules(DocumentView view, SymbolKind kind, String path, StringBuilder md) {
    List<RuleSite> rules = view.analysis().rulesMentioning(kind, path);
    if (rules.isEmpty()) {
      md.append("\nno rule names it\n");
      return;
    }
    md.append("\n**rules that name it** (or what lies below it):\n\n");
    for (RuleSite r : rules) {
      md.append("- `").append(sourceLine(view, r.head())).append("` at ");
      md.append(r.id()).append('\n');
    }
  }

  /** The trimmed source line a span starts on. */
  private static String sourceLine(DocumentView view, Span span) {
    return view.lines(span.file()).line(span.line() - 1).strip();
  }

  private static String where(Span span) {
    return span.file() + ":" + span.line();
  }
}
