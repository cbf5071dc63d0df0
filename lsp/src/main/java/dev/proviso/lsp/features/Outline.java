package dev.proviso.lsp.features;

import dev.proviso.dsl.tooling.Section;
import dev.proviso.lsp.workspace.DocumentView;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The outline: header, imports, attribute blocks, the category and purpose trees, regimes with
 * their rules, top-level rules and tests, from the compilation's outline. Every entry's range is
 * all of it, from its first token to the end of its last (a rule written over four lines covers
 * four lines); a rule is labelled with its first line and carries its id as detail.
 */
public final class Outline {
  private Outline() {}

  /** The sections that list children, even when they have none. */
  private static final java.util.Set<Section.Kind> CONTAINERS =
      java.util.EnumSet.of(
          Section.Kind.ATTRIBUTES,
          Section.Kind.CATEGORY,
          Section.Kind.PURPOSE,
          Section.Kind.REGIME);

  public static List<DocumentSymbol> of(DocumentView view) {
    LineMap lines = view.lines();
    return view.analysis().outline(view.file()).stream().map(s -> symbol(s, lines)).toList();
  }

  private static DocumentSymbol symbol(Section s, LineMap lines) {
    String label =
        switch (s.kind()) {
          case HEADER -> "policy " + s.name();
          case IMPORT -> "import " + s.name();
          case REGIME -> "regime " + s.name();
          case TEST -> "test " + s.name();
          case RULE -> lines.line(s.selection().line() - 1).strip();
          default -> s.name();
        };
    Range selection = lines.range(s.selection());
    Range range = lines.range(s.range());
    // The protocol wants the selection inside the range; a first line may reach past a clamp.
    Range whole =
        new Range(
            min(range.getStart(), selection.getStart()), max(range.getEnd(), selection.getEnd()));
    DocumentSymbol symbol = new DocumentSymbol(label, kind(s.kind()), whole, selection);
    if (s.kind() == Section.Kind.RULE) {
      symbol.setDetail(s.name());
    } else {
      s.detail().ifPresent(symbol::setDetail);
    }
    if (!s.children().isEmpty() || CONTAINERS.contains(s.kind())) {
      symbol.setChildren(s.children().stream().map(c -> symbol(c, lines)).toList());
    }
    return symbol;
  }

  private static SymbolKind kind(Section.Kind kind) {
    return switch (kind) {
      case HEADER -> SymbolKind.File;
      case IMPORT -> SymbolKind.Package;
      case ATTRIBUTES -> SymbolKind.Struct;
      case ATTRIBUTE -> SymbolKind.Property;
      case CATEGORY -> SymbolKind.Class;
      case PURPOSE -> SymbolKind.EnumMember;
      case REGIME -> SymbolKind.Namespace;
      case RULE -> SymbolKind.Event;
      case TEST -> SymbolKind.Method;
    };
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
