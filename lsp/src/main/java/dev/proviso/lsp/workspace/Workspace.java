package dev.proviso.lsp.workspace;

import dev.proviso.dsl.tooling.PolicyTooling;
import dev.proviso.dsl.tooling.ToolingResult;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The open documents and their compilations. A document imported by another policy (an open one, or
 * a {@code .policy} file beside it) is analysed as part of that policy, so {@code gdpr.policy} sees
 * the categories {@code shop.policy} declares; any other document is its own root. Compilations are
 * compiled once per change (one run of the compiler gives diagnostics, symbols and outline) and
 * cached until any document changes. Thread-safe.
 */
public final class Workspace {

  /** How many sibling files on disk are considered as importers of a document. */
  private static final int MAX_SIBLINGS = 50;

  private record Document(String uri, Path path, String text) {}

  private final Map<Path, Document> open = new LinkedHashMap<>();
  private final Map<Path, ToolingResult> compiled = new HashMap<>();
  private final Map<Path, DocumentView> views = new HashMap<>();

  public synchronized void put(String uri, String text) {
    Path path = pathOf(uri);
    open.put(path, new Document(uri, path, text));
    changed();
  }

  public synchronized void close(String uri) {
    open.remove(pathOf(uri));
    changed();
  }

  /** Forgets every compilation: a file on disk changed (an import that is not open, say). */
  public synchronized void filesChanged() {
    changed();
  }

  private void changed() {
    compiled.clear();
    views.clear();
  }

  public synchronized List<String> openUris() {
    return open.values().stream().map(Document::uri).toList();
  }

  /** Every open document with the compilation it belongs to. */
  public synchronized List<DocumentView> views() {
    List<DocumentView> all = new ArrayList<>();
    for (Document document : List.copyOf(open.values())) {
      view(document.uri()).ifPresent(all::add);
    }
    return all;
  }

  /** The document with the compilation it belongs to; empty when it is not open. */
  public synchronized Optional<DocumentView> view(String uri) {
    Path path = pathOf(uri);
    Document document = open.get(path);
    if (document == null) {
      return Optional.empty();
    }
    return Optional.of(views.computeIfAbsent(path, p -> newView(document)));
  }

  private DocumentView newView(Document document) {
    Path path = document.path();
    ToolingResult own = analysis(path);
    for (Path candidate : importerCandidates(path)) {
      if (!mentions(candidate, path.getFileName().toString())) {
        continue; // cheap: most files in a directory import nothing of this one
      }
      ToolingResult unit = analysis(candidate);
      String name = displayName(candidate.getParent(), path);
      if (unit.loaded(name) && !own.loaded(displayName(path.getParent(), candidate))) {
        return view(document, name, unit, candidate.getParent());
      }
    }
    return view(document, path.getFileName().toString(), own, path.getParent());
  }

  private DocumentView view(Document document, String name, ToolingResult unit, Path directory) {
    Map<Path, String> uris = new HashMap<>();
    open.forEach((p, d) -> uris.put(p, d.uri()));
    return new DocumentView(document.uri(), name, document.text(), unit, directory, uris);
  }

  private ToolingResult analysis(Path root) {
    return compiled.computeIfAbsent(
        root,
        r ->
            PolicyTooling.compile(
                new WorkspaceSources(r, p -> Optional.ofNullable(open.get(p)).map(Document::text)),
                r.getFileName().toString()));
  }

  /** Other open documents, then the {@code .policy} files beside this one, each once. */
  private List<Path> importerCandidates(Path path) {
    List<Path> candidates = new ArrayList<>();
    for (Path p : open.keySet()) {
      if (!p.equals(path)) {
        candidates.add(p);
      }
    }
    Path directory = path.getParent();
    if (directory != null && Files.isDirectory(directory)) {
      try (Stream<Path> files = Files.list(directory)) {
        files
            .filter(p -> p.getFileName().toString().endsWith(".policy"))
            .filter(p -> !p.equals(path) && !candidates.contains(p))
            .sorted()
            .limit(MAX_SIBLINGS)
            .forEach(candidates::add);
      } catch (IOException | RuntimeException e) {
        // An unreadable directory only means no importer is found there.
      }
    }
    return candidates;
  }

  /** True when the file's text contains the name, as any import of it must. */
  private boolean mentions(Path file, String name) {
    Document document = open.get(file);
    if (document != null) {
      return document.text().contains(name);
    }
    try {
      return Files.readString(file).contains(name);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String displayName(Path directory, Path file) {
    return directory.relativize(file).toString().replace('\\', '/');
  }

  /** A file path for a URI; other schemes (unsaved documents) get a path that is on no disk. */
  static Path pathOf(String uri) {
    try {
      URI parsed = URI.create(uri);
      if ("file".equalsIgnoreCase(parsed.getScheme())) {
        return Path.of(parsed).normalize();
      }
    } catch (RuntimeException e) {
      // fall through: treated as an unsaved document
    }
    String name = uri.replaceAll("[^A-Za-z0-9._-]", "_");
    return Path.of(System.getProperty("java.io.tmpdir"), "proviso-unsaved", name).normalize();
  }
}
