package dev.proviso.lsp.features;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.lsp.compile.Builtins;
import dev.proviso.lsp.compile.RuleCoverage;
import dev.proviso.lsp.index.RuleSite;
import dev.proviso.lsp.index.SymbolKind;
import dev.proviso.lsp.index.Target;
import dev.proviso.lsp.workspace.DocumentView;
import dev.proviso.model.Paths;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Hover: for a category its path, flags (and where they are inherited from), description and the
 * rules that name it; for a purpose its subtree; for a rule the uses it covers; for attributes,
 * events, opt-outs, regimes and built-ins what they are.
 */
public final class Hovers {
  private Hovers() {}

  /** How many covered uses a rule's hover lists before it summarises the rest. */
  static final int MAX_USES = 12;

  public static Optional<Hover> at(DocumentView view, Position position) {
    LineMap lines = view.lines();
    int line = position.getLine() + 1;
    int column = lines.codePointColumn(position);
    Optional<Target> target = view.index().at(view.file(), line, column);
    if (target.isPresent()) {
      Target t = target.get();
      return text(view, t).map(md -> hover(md, lines, t.span()));
    }
    return view.index()
        .ruleAt(view.file(), line)
        .map(site -> hover(rule(view, site), lines, site.rule().loc().span()));
  }

  private static Hover hover(String markdown, LineMap lines, Span span) {
    return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), lines.range(span));
  }

  private static Optional<String> text(DocumentView view, Target t) {
    return switch (t.kind()) {
      case CATEGORY -> category(view, t.path());
      case PURPOSE -> purpose(view, t.path());
      case REGIME -> Optional.of(regime(view, t.path()));
      case ATTRIBUTE -> attribute(view, t.path());
      case EVENT ->
          Optional.of(
              mentioned(
                  view,
                  t,
                  "event `event." + t.path() + "`",
                  "An instant the caller passes with the request."));
      case OPT_OUT ->
          Optional.of(
              mentioned(
                  view,
                  t,
                  "opt-out `" + t.path() + "`",
                  "Recorded in the consent ledger like consent; never declared."));
      case BUILTIN -> Builtins.named(t.path()).map(Hovers::builtin);
      case IMPORT ->
          Optional.of(
              "imports `"
                  + t.path()
                  + "`"
                  + (view.analysis().loaded(t.path()) ? "" : " (not loaded)"));
    };
  }

  private static Optional<String> category(DocumentView view, String path) {
    Symbols symbols = view.analysis().symbols();
    Symbols.CategoryInfo info = symbols.categories.get(path);
    if (info == null) {
      return Optional.of("unknown data category `" + path + "`");
    }
    StringBuilder md = new StringBuilder("**data category** `" + path + "`\n\n");
    StringBuilder flags = new StringBuilder();
    ancestorWith(symbols, path, i -> i.sensitive())
        .ifPresent(from -> flags.append("- sensitive").append(inherited(path, from)).append('\n'));
    ancestorWith(symbols, path, i -> i.provenance().isPresent())
        .ifPresent(
            from -> {
              String provenance = symbols.categories.get(from).provenance().orElseThrow().name();
              flags.append("- ").append(provenance.toLowerCase(java.util.Locale.ROOT));
              flags.append(inherited(path, from)).append('\n');
            });
    if (!flags.isEmpty()) {
      md.append(flags).append('\n');
    }
    info.description().ifPresent(d -> md.append(d).append("\n\n"));
    md.append("declared at ").append(where(info.span())).append('\n');
    rules(view, SymbolKind.CATEGORY, path, md);
    return Optional.of(md.toString());
  }

  private static Optional<String> ancestorWith(
      Symbols symbols, String path, java.util.function.Predicate<Symbols.CategoryInfo> flag) {
    for (String p = path; p != null; p = Paths.parent(p).orElse(null)) {
      Symbols.CategoryInfo info = symbols.categories.get(p);
      if (info != null && flag.test(info)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static String inherited(String path, String from) {
    return from.equals(path) ? "" : " (inherited from `" + from + "`)";
  }

  private static Optional<String> purpose(DocumentView view, String path) {
    Symbols symbols = view.analysis().symbols();
    Symbols.PurposeInfo info = symbols.purposes.get(path);
    if (info == null) {
      return Optional.of("unknown purpose `" + path + "`");
    }
    StringBuilder md = new StringBuilder("**purpose** `" + path + "`\n\n");
    info.description().ifPresent(d -> md.append(d).append("\n\n"));
    List<String> below =
        symbols.purposes.keySet().stream().filter(p -> Paths.isSelfOrAncestor(path, p)).toList();
    md.append("```\n");
    int depth = path.split("\\.").length;
    for (String p : below) {
      int indent = p.split("\\.").length - depth;
      md.append("  ".repeat(indent))
          .append(indent == 0 ? p : p.substring(p.lastIndexOf('.') + 1))
          .append('\n');
    }
    md.append("```\n\ndeclared at ").append(where(info.span())).append('\n');
    rules(view, SymbolKind.PURPOSE, path, md);
    return Optional.of(md.toString());
  }

  private static String regime(DocumentView view, String name) {
    StringBuilder md = new StringBuilder("**regime** `" + name + "`\n\n");
    Symbols.RegimeInfo info = view.analysis().symbols().regimes.get(name);
    if (info != null && info.appliesWhen().isEmpty()) {
      md.append("always applies (no condition)\n\n");
    }
    for (Span part : view.index().declarations(SymbolKind.REGIME, name)) {
      md.append("- `").append(sourceLine(view, part)).append("` at ").append(where(part));
      md.append('\n');
    }
    long rules =
        view.index().rules().stream().filter(r -> r.regime().equals(Optional.of(name))).count();
    md.append("\n").append(rules).append(rules == 1 ? " rule" : " rules").append('\n');
    return md.toString();
  }

  private static Optional<String> attribute(DocumentView view, String path) {
    int dot = path.indexOf('.');
    String scope = path.substring(0, dot);
    String name = path.substring(dot + 1);
    Symbols symbols = view.analysis().symbols();
    Symbols.AttributeInfo info =
        (scope.equals("subject") ? symbols.subjectAttributes : symbols.contextAttributes).get(name);
    if (info == null) {
      return Optional.of("unknown attribute `" + path + "`");
    }
    return Optional.of(
        "**attribute** `"
            + path
            + "`: "
            + info.type().spelling()
            + "\n\ndeclared at "
            + where(info.span()));
  }

  private static String mentioned(DocumentView view, Target t, String title, String what) {
    StringBuilder md = new StringBuilder("**" + title + "**\n\n" + what + "\n");
    rules(view, t.kind(), t.path(), md);
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
    List<RuleSite> rules = view.index().rulesMentioning(kind, path);
    if (rules.isEmpty()) {
      md.append("\nno rule names it\n");
      return;
    }
    md.append("\n**rules that name it** (or what lies below it):\n\n");
    for (RuleSite r : rules) {
      md.append("- `").append(sourceLine(view, r.rule().loc().span())).append("` at ");
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
