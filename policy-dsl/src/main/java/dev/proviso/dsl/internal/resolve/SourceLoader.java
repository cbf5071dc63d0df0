package dev.proviso.dsl.internal.resolve;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import dev.proviso.dsl.internal.syntax.SourceLimits;
import dev.proviso.dsl.internal.syntax.SourceParser;
import dev.proviso.dsl.resolve.ImportOutsideRootException;
import dev.proviso.dsl.resolve.Source;
import dev.proviso.dsl.resolve.SourceOrigin;
import dev.proviso.dsl.resolve.SourceResolver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loads the root source and, transitively, everything it imports; reports cycles and misses. */
public final class SourceLoader {

  private final SourceResolver resolver;
  private final Diagnostics diagnostics;
  private final Map<String, ParsedSource> loaded = new LinkedHashMap<>();
  private final Map<String, SourceOrigin> origins = new LinkedHashMap<>();
  private final List<String> stack = new ArrayList<>();
  private long totalChars; // over every file loaded: each file is capped, so is their sum

  private SourceLoader(SourceResolver resolver, Diagnostics diagnostics) {
    this.resolver = resolver;
    this.diagnostics = diagnostics;
  }

  /**
   * Loads {@code root} and its imports; {@code extra} sources are loaded as if the root imported
   * them last.
   */
  public static LoadedSources load(
      SourceResolver resolver, Source root, List<Source> extra, Diagnostics diagnostics) {
    SourceLoader loader = new SourceLoader(resolver, diagnostics);
    loader.visit(root);
    for (Source source : extra) {
      if (!loader.loaded.containsKey(source.displayName())) {
        loader.visit(source);
      }
    }
    return new LoadedSources(List.copyOf(loader.loaded.values()), loader.origins);
  }

  private ParsedSource visit(Source source) {
    ParsedSource parsed = SourceParser.parse(source.displayName(), source.text());
    parsed.diagnostics().forEach(diagnostics::report);
    loaded.put(source.displayName(), parsed);
    origins.put(source.displayName(), source.origin());
    stack.add(source.displayName());
    for (Statement statement : parsed.file().statements()) {
      if (statement instanceof Statement.Import i) {
        importFrom(source.displayName(), i);
      }
    }
    stack.remove(stack.size() - 1);
    return parsed;
  }

  private void importFrom(String importing, Statement.Import i) {
    Span span = i.path().loc().span();
    String path = i.path().value();
    if (i.kind().isEmpty() && ImportConfinement.escapes(importing, path)) {
      outside(span, path);
      return;
    }
    Optional<Source> found;
    try {
      found = resolver.resolve(importing, i.kind(), path);
    } catch (ImportOutsideRootException e) {
      outside(span, path);
      return;
    } catch (UnsupportedOperationException e) {
      diagnostics.report(
          DiagnosticCode.P122,
          i.loc().span(),
          "imports of kind '" + i.kind().orElse("") + "' are not supported",
          Optional.of(
              "import a file by its relative path (import \"gdpr.policy\"), a shipped pack"
                  + " (import pack \"gdpr\") or a taxonomy (import taxonomy \"fideslang\")"));
      return;
    } catch (IOException | RuntimeException e) {
      diagnostics.report(
          DiagnosticCode.P121,
          span,
          "cannot read imported file '" + path + "': " + e.getMessage(),
          Optional.empty());
      return;
    }
    if (found.isEmpty()) {
      diagnostics.report(
          DiagnosticCode.P121,
          span,
          "cannot find " + i.kind().orElse("imported file") + " '" + path + "'",
          resolver
              .missingHelp(importing, i.kind(), path)
              .or(
                  () ->
                      Optional.of(
                          "import paths are relative to the importing file, here '"
                              + importing
                              + "'")));
      return;
    }
    String name = found.get().displayName();
    int onStack = stack.indexOf(name);
    if (onStack >= 0) {
      List<String> cycle = new ArrayList<>(stack.subList(onStack, stack.size()));
      cycle.add(name);
      diagnostics.report(
          DiagnosticCode.P120,
          span,
          "import cycle: " + String.join(" -> ", cycle),
          Optional.of("remove one of these imports; shared declarations can live in a third file"));
      return;
    }
    if (!loaded.containsKey(name)) {
      totalChars += found.get().text().length();
      if (totalChars > SourceLimits.MAX_TOTAL_CHARS) {
        diagnostics.report(
            DiagnosticCode.P007,
            span,
            "the policy's files have more than "
                + SourceLimits.MAX_TOTAL_CHARS
                + " characters in all, over the compiler's limit",
            Optional.of("remove imports the policy does not need"));
        return;
      }
      ParsedSource parsed = visit(found.get());
      if (parsed.file().statements().isEmpty() && !parsed.hasErrors()) {
        diagnostics.report(
            DiagnosticCode.P124,
            span,
            "imported file '" + name + "' has no statements",
            Optional.of(
                "an empty or comment-only import is usually a truncated file; restore its rules,"
                    + " or remove the import"));
      }
    }
  }

  /** P123; the message names the path as written, never what the file holds. */
  private void outside(Span span, String path) {
    diagnostics.report(
        DiagnosticCode.P123,
        span,
        "import '" + path + "' points outside the policy directory",
        Optional.of(
            "imports may only read files under the root policy's directory (or an allowed root);"
                + " copy the file there"));
  }
}
