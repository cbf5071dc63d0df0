package dev.proviso.lsp.workspace;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.tooling.ToolingResult;
import dev.proviso.lsp.compile.RuleCoverage;
import dev.proviso.lsp.features.LineMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An open document as the features see it: its text, its display name within the compilation it
 * belongs to (its own, or that of a file importing it), and that compilation.
 */
public final class DocumentView {

  private final String uri;
  private final String file;
  private final String text;
  private final ToolingResult analysis;
  private final Path directory;
  private final Map<Path, String> openUris;
  private Optional<RuleCoverage> coverage;

  DocumentView(
      String uri,
      String file,
      String text,
      ToolingResult analysis,
      Path directory,
      Map<Path, String> openUris) {
    this.uri = uri;
    this.file = file;
    this.text = text;
    this.analysis = analysis;
    this.directory = directory;
    this.openUris = Map.copyOf(openUris);
  }

  public String uri() {
    return uri;
  }

  /** This document's display name in {@link #analysis()}. */
  public String file() {
    return file;
  }

  public String text() {
    return text;
  }

  public LineMap lines() {
    return new LineMap(text);
  }

  /** The one compilation of the policy this document belongs to. */
  public ToolingResult analysis() {
    return analysis;
  }

  /** The diagnostics located in a loaded file. */
  public List<Diagnostic> diagnosticsIn(String displayName) {
    return analysis.diagnostics().stream()
        .filter(d -> d.span().file().equals(displayName))
        .toList();
  }

  /** What the rules cover, when the policy compiled without errors. */
  public synchronized Optional<RuleCoverage> coverage() {
    if (coverage == null) {
      coverage = analysis.compilation().model().map(RuleCoverage::new);
    }
    return coverage;
  }

  /** The line map of any loaded file, by display name. */
  public LineMap lines(String displayName) {
    return displayName.equals(file) ? lines() : new LineMap(analysis.text(displayName).orElse(""));
  }

  /** True for a shipped pack or taxonomy ({@code pack:gdpr}), which is no file of the author's. */
  public boolean isLibrary(String displayName) {
    return displayName.contains(":");
  }

  /**
   * The URI of a loaded file; for a shipped pack or taxonomy, that of a read-only copy (empty when
   * none could be written).
   */
  public Optional<String> uriOf(String displayName) {
    if (displayName.equals(file)) {
      return Optional.of(uri);
    }
    if (isLibrary(displayName)) {
      return analysis.text(displayName).flatMap(text -> LibraryCopies.uri(displayName, text));
    }
    Path path = directory.resolve(displayName).normalize();
    return Optional.of(openUris.getOrDefault(path, path.toUri().toString()));
  }
}
