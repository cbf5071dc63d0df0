package dev.proviso.lsp.features;

import dev.proviso.dsl.tooling.BuiltInFunction;
import dev.proviso.dsl.tooling.Symbol;
import dev.proviso.dsl.tooling.SymbolKind;
import dev.proviso.dsl.tooling.ToolingResult;
import dev.proviso.lsp.compile.Builtins;
import dev.proviso.lsp.workspace.DocumentView;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion: categories after {@code allow}/{@code deny}/{@code use}/{@code retain} and inside
 * {@code mask(}; purposes after {@code for} and inside {@code consent(}; attributes after {@code
 * subject.} and {@code context.}; events after {@code event.}; built-ins with their signatures in
 * conditions and after {@code with}; duration units after a number; keywords elsewhere.
 */
public final class Completions {
  private Completions() {}

  /** Words after which a typed space brings up the names that follow; elsewhere it stays quiet. */
  private static final java.util.Set<String> SPACE_ANCHORS =
      java.util.Set.of(
          "allow", "use", "retain", "for", "with", "given", "when", "unless", "and", "or", "not",
          "require", "in", "regime");

  /**
   * The completions at {@code position}; {@code typedSpace} when the editor asks because a space
   * was typed, which only answers where a list of names or units follows.
   */
  public static List<CompletionItem> at(DocumentView view, Position position, boolean typedSpace) {
    LineMap lines = view.lines();
    if (CompletionContext.insideTextOrComment(lines.before(position))) {
      return List.of();
    }
    String before = textBefore(lines, position);
    CompletionContext c = CompletionContext.of(before);
    if (typedSpace && !c.afterNumber() && (c.afterName() || !SPACE_ANCHORS.contains(c.anchor()))) {
      return List.of();
    }
    int end = lines.before(position).length();
    Range range =
        new Range(
            new Position(position.getLine(), Math.max(0, end - c.partial().length())),
            new Position(position.getLine(), end));
    ToolingResult symbols = view.analysis();
    List<CompletionItem> items = new ArrayList<>();
    if (!c.scope().isEmpty()) {
      if (c.scope().equals("event")) {
        for (Symbol event : symbols.inScope(SymbolKind.EVENT)) {
          items.add(item(event.name(), CompletionItemKind.Property, "event instant", range));
        }
        return items;
      }
      String prefix = c.scope() + ".";
      for (Symbol attribute : symbols.inScope(SymbolKind.ATTRIBUTE)) {
        if (attribute.name().startsWith(prefix)) {
          String name = attribute.name().substring(prefix.length());
          items.add(item(name, CompletionItemKind.Property, attribute.type().orElse(""), range));
        }
      }
      return items;
    }
    if (c.afterNumber()) {
      Builtins.DURATION_UNITS.forEach(
          u -> items.add(item(u, CompletionItemKind.Unit, "duration unit", range)));
      return items;
    }
    if (c.afterName()) {
      Keywords.ALL.forEach(k -> items.add(item(k, CompletionItemKind.Keyword, "keyword", range)));
      return items;
    }
    switch (c.anchor()) {
      case "allow", "use", "retain" -> {
        items.add(item("any", CompletionItemKind.Keyword, "every data category", range));
        categories(symbols, range, items);
      }
      case "for" -> {
        items.add(item("any", CompletionItemKind.Keyword, "every purpose", range));
        purposes(symbols, range, items);
      }
      case "regime" ->
          symbols
              .inScope(SymbolKind.REGIME)
              .forEach(r -> items.add(item(r.name(), CompletionItemKind.Module, "regime", range)));
      case "with" -> builtins(BuiltInFunction.Place.OBLIGATION, range, items);
      case "given" -> {
        builtins(BuiltInFunction.Place.TEST_FACT, range, items);
        scopes(List.of("event", "context"), range, items);
      }
      case "(" -> arguments(c.function(), symbols, range, items);
      case "when", "unless", "and", "or", "not", "require", "applies", "in" -> {
        builtins(BuiltInFunction.Place.CONDITION, range, items);
        scopes(List.of("subject", "context", "event"), range, items);
      }
      default -> {
        List<String> keywords =
            switch (c.block()) {
              case "test" -> Keywords.STEPS;
              case "regime" -> Keywords.RULES;
              default -> Keywords.STATEMENTS;
            };
        keywords.forEach(k -> items.add(item(k, CompletionItemKind.Keyword, "keyword", range)));
      }
    }
    return items;
  }

  private static void arguments(
      String function, ToolingResult symbols, Range range, List<CompletionItem> items) {
    Builtins.named(function)
        .flatMap(b -> b.function().argument())
        .ifPresentOrElse(
            kind -> {
              switch (kind) {
                case PURPOSE -> purposes(symbols, range, items);
                case CATEGORY -> categories(symbols, range, items);
                case OPT_OUT ->
                    symbols
                        .inScope(SymbolKind.OPT_OUT)
                        .forEach(
                            o ->
                                items.add(
                                    item(o.name(), CompletionItemKind.Value, "opt-out", range)));
                default -> {}
              }
            },
            () -> scopes(List.of("subject", "context", "event"), range, items));
  }

  private static void categories(ToolingResult symbols, Range range, List<CompletionItem> items) {
    for (Symbol category : symbols.inScope(SymbolKind.CATEGORY)) {
      String path = category.name();
      items.add(
          item(
              path,
              CompletionItemKind.Class,
              symbols.sensitive(path) ? "data category, sensitive" : "data category",
              range));
    }
  }

  private static void purposes(ToolingResult symbols, Range range, List<CompletionItem> items) {
    symbols
        .inScope(SymbolKind.PURPOSE)
        .forEach(p -> items.add(item(p.name(), CompletionItemKind.EnumMember, "purpose", range)));
  }

  private static void builtins(
      BuiltInFunction.Place place, Range range, List<CompletionItem> items) {
    for (Builtins.Builtin b : Builtins.at(place)) {
      CompletionItem item = item(b.name(), CompletionItemKind.Function, b.signature(), range);
      item.setDocumentation(b.description());
      items.add(item);
    }
  }

  private static void scopes(List<String> scopes, Range range, List<CompletionItem> items) {
    scopes.forEach(
        s -> items.add(item(s + ".", CompletionItemKind.Keyword, s + " attribute", range)));
  }

  private static CompletionItem item(
      String label, CompletionItemKind kind, String detail, Range range) {
    CompletionItem item = new CompletionItem(label);
    item.setKind(kind);
    item.setDetail(detail);
    item.setTextEdit(Either.forLeft(new TextEdit(range, label)));
    return item;
  }

  /** The document text from its start to the position (for context spanning lines). */
  private static String textBefore(LineMap lines, Position position) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < position.getLine() && i < lines.lineCount(); i++) {
      text.append(lines.line(i)).append('\n');
    }
    return text.append(lines.before(position)).toString();
  }
}
