package dev.proviso.lsp.compile;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.dsl.internal.ast.PolicyFile;
import dev.proviso.dsl.internal.check.PolicyChecker;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.resolve.Declarations;
import dev.proviso.dsl.internal.resolve.LoadedSources;
import dev.proviso.dsl.internal.resolve.SourceLoader;
import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import dev.proviso.dsl.packs.LibraryResolver;
import dev.proviso.dsl.resolve.Source;
import dev.proviso.dsl.resolve.SourceResolver;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place the language server calls the compiler. The diagnostics and the model come from
 * {@link PolicyCompiler} itself, so the editor reports exactly what {@code proviso check} reports;
 * the syntax trees and symbols come from loading and declaring the same sources again, because the
 * compiler's result does not carry them.
 */
public final class DocumentCompiler {
  private DocumentCompiler() {}

  /** Compiles {@code root} (a display name) and its imports, found through {@code sources}. */
  public static Analysis compile(String root, SourceResolver sources) {
    CompilationResult result = PolicyCompiler.compile(sources, List.of(root));
    SourceResolver resolver = LibraryResolver.wrap(sources);
    Map<String, PolicyFile> files = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    Symbols symbols = new Symbols();
    Optional<Source> rootSource = rootSource(resolver, root);
    if (rootSource.isPresent()) {
      // The diagnostics of this second pass repeat the compiler's; they are dropped.
      Diagnostics ignored = new Diagnostics();
      LoadedSources loaded = SourceLoader.load(resolver, rootSource.get(), List.of(), ignored);
      for (ParsedSource file : loaded.files()) {
        files.put(file.file().file(), file.file());
        texts.put(file.file().file(), file.text());
      }
      symbols = Declarations.collect(loaded, ignored);
      // The checker records the events and opt-outs the rules mention (completion offers them).
      PolicyChecker.check(loaded, symbols, ignored);
    }
    return new Analysis(root, result.diagnostics(), files, texts, symbols, result.model());
  }

  private static Optional<Source> rootSource(SourceResolver resolver, String root) {
    try {
      return resolver.root(root);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
