package dev.proviso.lsp.features;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.tooling.RuleSite;
import dev.proviso.dsl.tooling.Symbol;
import dev.proviso.dsl.tooling.SymbolKind;
import dev.proviso.lsp.workspace.DocumentView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Go to symbol in the workspace: every rule by its id, and every declared category, purpose, regime
 * and attribute, of the policies of the open documents. A decision log, a coverage report or a
 * semantic diff names a rule by its id ({@code newsletter}, {@code gdpr.policy:3}); typing that id
 * jumps to the rule.
 */
public final class WorkspaceSymbols {
  private WorkspaceSymbols() {}

  /** Enough for any policy an author keeps in one workspace; the editor filters further. */
  static final int MAX_RESULTS = 1000;

  public static List<WorkspaceSymbol> matching(String query, List<DocumentView> views) {
    String needle = query == null ? "" : query.toLowerCase(Locale.ROOT);
    List<WorkspaceSymbol> found = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>(); // two open files of one policy share its symbols
    for (DocumentView view : views) {
      for (RuleSite rule : view.analysis().rules()) {
        if (matches(rule.id(), needle)) {
          String container = rule.regime().map(r -> "regime " + r).orElse(rule.range().file());
          add(
              view,
              rule.id(),
              org.eclipse.lsp4j.SymbolKind.Event,
              container,
              rule.declaration(),
              found,
              seen);
        }
      }
      for (Symbol symbol : view.analysis().symbols()) {
        Optional<org.eclipse.lsp4j.SymbolKind> kind = kind(symbol.kind());
        if (kind.isPresent() && symbol.declared() && matches(symbol.name(), needle)) {
          add(
              view,
              symbol.name(),
              kind.get(),
              symbol.kind().label(),
              symbol.declarations().get(0),
              found,
              seen);
        }
      }
    }
    return found.size() > MAX_RESULTS ? found.subList(0, MAX_RESULTS) : found;
  }

  private static void add(
      DocumentView view,
      String name,
      org.eclipse.lsp4j.SymbolKind kind,
      String container,
      Span span,
      List<WorkspaceSymbol> found,
      Set<String> seen) {
    Optional<String> uri = view.uriOf(span.file());
    if (uri.isEmpty() || !seen.add(kind + " " + name + " " + uri.get())) {
      return;
    }
    Location location = new Location(uri.get(), view.lines(span.file()).range(span));
    found.add(new WorkspaceSymbol(name, kind, Either.forLeft(location), container));
  }

  private static boolean matches(String name, String needle) {
    return name.toLowerCase(Locale.ROOT).contains(needle);
  }

  private static Optional<org.eclipse.lsp4j.SymbolKind> kind(SymbolKind kind) {
    return switch (kind) {
      case CATEGORY -> Optional.of(org.eclipse.lsp4j.SymbolKind.Class);
      case PURPOSE -> Optional.of(org.eclipse.lsp4j.SymbolKind.EnumMember);
      case REGIME -> Optional.of(org.eclipse.lsp4j.SymbolKind.Namespace);
      case ATTRIBUTE -> Optional.of(org.eclipse.lsp4j.SymbolKind.Property);
      case EVENT, OPT_OUT, BUILTIN, RULE -> Optional.empty();
      // Any other kind of declaration is found too, under a neutral icon.
      default -> Optional.of(org.eclipse.lsp4j.SymbolKind.Key);
    };
  }
}
