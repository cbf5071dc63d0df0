package dev.proviso.lsp.features;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.tooling.ImportSite;
import dev.proviso.dsl.tooling.Occurrence;
import dev.proviso.lsp.workspace.DocumentView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Go to definition and find references, across the files a compilation loaded, shipped packs and
 * taxonomies included (through read-only copies), for every kind of symbol: categories, purposes,
 * regimes, attributes, events, opt-outs, built-ins and rules (by id: the name in {@code
 * allow[name]}, else the rule's keyword). An import's path goes to the imported file.
 */
public final class Navigation {
  private Navigation() {}

  public static List<Location> definition(DocumentView view, Position position) {
    Optional<ImportSite> imported = importAt(view, position);
    if (imported.isPresent()) {
      String target = imported.get().target();
      return view.analysis().loaded(target)
          ? view.uriOf(target)
              .map(
                  uri ->
                      List.of(new Location(uri, new Range(new Position(0, 0), new Position(0, 0)))))
              .orElse(List.of())
          : List.of();
    }
    return occurrenceAt(view, position)
        .flatMap(o -> view.analysis().symbol(o.kind(), o.name()))
        .map(s -> locations(view, s.declarations()))
        .orElse(List.of());
  }

  public static List<Location> references(
      DocumentView view, Position position, boolean includeDeclaration) {
    Optional<Occurrence> at = occurrenceAt(view, position);
    if (at.isEmpty()) {
      return List.of();
    }
    List<Span> spans = new ArrayList<>();
    for (Occurrence o : view.analysis().occurrences()) {
      if (o.kind() == at.get().kind()
          && o.name().equals(at.get().name())
          && (includeDeclaration || !o.declaration())) {
        spans.add(o.span());
      }
    }
    return locations(view, spans);
  }

  static Optional<Occurrence> occurrenceAt(DocumentView view, Position position) {
    return view.analysis()
        .occurrenceAt(view.file(), position.getLine() + 1, view.lines().codePointColumn(position));
  }

  static Optional<ImportSite> importAt(DocumentView view, Position position) {
    return view.analysis()
        .importAt(view.file(), position.getLine() + 1, view.lines().codePointColumn(position));
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
