package dev.proviso.lsp.features;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.ast.Loc;
import dev.proviso.dsl.internal.ast.PolicyFile;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.lsp.workspace.DocumentView;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The outline: header, imports, attribute blocks, the category and purpose trees, regimes with
 * their rules, top-level rules and tests. A statement's range runs from its first character to the
 * start of the next statement, trailing blank lines and comments excluded.
 */
public final class Outline {
  private Outline() {}

  public static List<DocumentSymbol> of(DocumentView view) {
    PolicyFile file = view.analysis().files().get(view.file());
    if (file == null) {
      return List.of();
    }
    LineMap lines = view.lines();
    List<Statement> statements = file.statements();
    List<DocumentSymbol> symbols = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      int endLine =
          i + 1 < statements.size()
              ? statements.get(i + 1).loc().span().line() - 1
              : lines.lineCount();
      Range range = extent(lines, s.loc().span(), endLine);
      symbol(s, range, lines).ifPresent(symbols::add);
    }
    return symbols;
  }

  private static java.util.Optional<DocumentSymbol> symbol(
      Statement s, Range range, LineMap lines) {
    DocumentSymbol symbol;
    if (s instanceof Statement.Header h) {
      symbol = symbol("policy " + h.name().value(), SymbolKind.File, range, lines, h.loc());
      symbol.setDetail("version " + h.version());
    } else if (s instanceof Statement.Import i) {
      symbol =
          symbol("import " + i.path().value(), SymbolKind.Package, range, lines, i.path().loc());
    } else if (s instanceof Statement.Attributes a) {
      symbol = symbol(a.scope().prefix(), SymbolKind.Struct, range, lines, a.loc());
      List<DocumentSymbol> children = new ArrayList<>();
      for (Statement.AttributeDecl d : a.attributes()) {
        DocumentSymbol child =
            symbol(
                d.name().path(),
                SymbolKind.Property,
                lines.range(d.loc().span()),
                lines,
                d.name().loc());
        child.setDetail(d.type());
        children.add(child);
      }
      symbol.setChildren(children);
    } else if (s instanceof Statement.Category c) {
      symbol = category("", c.root(), range, lines);
    } else if (s instanceof Statement.Purpose p) {
      symbol = purpose("", p.root(), range, lines);
    } else if (s instanceof Statement.Regime r) {
      symbol =
          symbol("regime " + r.name().path(), SymbolKind.Namespace, range, lines, r.name().loc());
      List<DocumentSymbol> children = new ArrayList<>();
      for (Statement.RegimeItem item : r.items()) {
        Range itemRange = lines.range(item.loc().span());
        children.add(
            symbol(
                firstLine(lines, item.loc().span()),
                SymbolKind.Event,
                itemRange,
                lines,
                item.loc()));
      }
      symbol.setChildren(children);
    } else if (s instanceof Statement.Rule || s instanceof Statement.Retain) {
      symbol = symbol(firstLine(lines, s.loc().span()), SymbolKind.Event, range, lines, s.loc());
    } else if (s instanceof Statement.Test t) {
      symbol = symbol("test " + t.name().value(), SymbolKind.Method, range, lines, t.name().loc());
    } else {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(symbol);
  }

  private static DocumentSymbol category(
      String parent, Statement.CategoryNode node, Range range, LineMap lines) {
    String path = parent.isEmpty() ? node.name().path() : parent + "." + node.name().path();
    DocumentSymbol symbol = symbol(path, SymbolKind.Class, range, lines, node.name().loc());
    List<String> flags = node.flags().stream().map(Statement.CategoryFlag::keyword).toList();
    if (!flags.isEmpty()) {
      symbol.setDetail(String.join(" ", flags));
    }
    List<DocumentSymbol> children = new ArrayList<>();
    for (Statement.CategoryNode child : node.children()) {
      children.add(category(path, child, lines.range(child.loc().span()), lines));
    }
    symbol.setChildren(children);
    return symbol;
  }

  private static DocumentSymbol purpose(
      String parent, Statement.PurposeNode node, Range range, LineMap lines) {
    String path = parent.isEmpty() ? node.name().path() : parent + "." + node.name().path();
    DocumentSymbol symbol = symbol(path, SymbolKind.EnumMember, range, lines, node.name().loc());
    List<DocumentSymbol> children = new ArrayList<>();
    for (Statement.PurposeNode child : node.children()) {
      children.add(purpose(path, child, lines.range(child.loc().span()), lines));
    }
    symbol.setChildren(children);
    return symbol;
  }

  /** A symbol whose selection is {@code name}; the range is widened to contain it. */
  private static DocumentSymbol symbol(
      String label, SymbolKind kind, Range range, LineMap lines, Loc name) {
    Range selection = lines.range(name.span());
    Range whole =
        new Range(
            min(range.getStart(), selection.getStart()), max(range.getEnd(), selection.getEnd()));
    return new DocumentSymbol(label, kind, whole, selection);
  }

  /**
   * From the span's start to the end of the last non-blank, non-comment line before {@code
   * endLine}.
   */
  private static Range extent(LineMap lines, Span start, int endLine) {
    int last = Math.max(start.line() - 1, Math.min(endLine, lines.lineCount()) - 1);
    while (last > start.line() - 1) {
      String text = lines.line(last).strip();
      if (!text.isEmpty() && !text.startsWith("#")) {
        break;
      }
      last--;
    }
    Range first = lines.range(start);
    Position end =
        last == start.line() - 1 ? first.getEnd() : new Position(last, lines.line(last).length());
    return new Range(first.getStart(), max(first.getEnd(), end));
  }

  private static String firstLine(LineMap lines, Span span) {
    return lines.line(span.line() - 1).strip();
  }

  private static Position min(Position a, Position b) {
    return compare(a, b) <= 0 ? a : b;
  }

  private static Position max(Position a, Position b) {
    return compare(a, b) >= 0 ? a : b;
  }

  private static int compare(Position a, Position b) {
    return a.getLine() != b.getLine()
        ? Integer.compare(a.getLine(), b.getLine())
        : Integer.compare(a.getCharacter(), b.getCharacter());
  }
}
