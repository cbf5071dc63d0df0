package dev.proviso.lsp.features;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.lsp.index.SymbolKind;
import dev.proviso.lsp.index.Target;
import dev.proviso.lsp.workspace.DocumentView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Go to definition and find references, across the files a compilation loaded, shipped packs and
 * taxonomies included (through read-only copies).
 */
public final class Navigation {
  private Navigation() {}

  public static List<Location> definition(DocumentView view, Position position) {
    Optional<Target> target = targetAt(view, position);
    if (target.isEmpty()) {
      return List.of();
    }
    Target t = target.get();
    if (t.kind() == SymbolKind.IMPORT) {
      return view.analysis().loaded(t.path())
          ? view.uriOf(t.path())
              .map(
                  uri ->
                      List.of(new Location(uri, new Range(new Position(0, 0), new Position(0, 0)))))
              .orElse(List.of())
          : List.of();
    }
    return locations(view, view.index().declarations(t.kind(), t.path()));
  }

  public static List<Location> references(
      DocumentView view, Position position, boolean includeDeclaration) {
    Optional<Target> target = targetAt(view, position);
    if (target.isEmpty() || target.get().kind() == SymbolKind.IMPORT) {
      return List.of();
    }
    List<Span> spans = new ArrayList<>();
    for (Target t : view.index().references(target.get().kind(), target.get().path())) {
      if (includeDeclaration || !t.declaration()) {
        spans.add(t.span());
      }
    }
    return locations(view, spans);
  }

  static Optional<Target> targetAt(DocumentView view, Position position) {
    return view.index()
        .at(view.file(), position.getLine() + 1, view.lines().codePointColumn(position));
  }

  private static List<Location> locations(DocumentView view, List<Span> spans) {
    List<Location> result = new ArrayList<>();
    for (Span span : spans) {
      view.uriOf(span.file())
          .ifPresent(uri -> result.add(new Location(uri, view.lines(span.file()).range(span))));
    }
    return result;
  }
}
