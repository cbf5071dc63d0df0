package dev.proviso.dsl.internal.compile;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.check.CheckedPolicy;
import dev.proviso.dsl.internal.check.PolicyChecker;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.resolve.Declarations;
import dev.proviso.dsl.internal.resolve.LoadedSources;
import dev.proviso.dsl.internal.resolve.SourceLoader;
import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import dev.proviso.dsl.internal.taxonomy.SubjectKindCheck;
import dev.proviso.dsl.packs.LibraryResolver;
import dev.proviso.dsl.resolve.Source;
import dev.proviso.dsl.resolve.SourceResolver;
import dev.proviso.model.PolicyModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The compiler's one pipeline: parse, load imports, declare, check, lower. {@link
 * dev.proviso.dsl.PolicyCompiler} keeps the result; the tooling API also keeps the parsed files and
 * symbols of the same run, so an editor never compiles twice.
 */
public final class Pipeline {
  private Pipeline() {}

  /**
   * One run: its result, and the loaded files and symbols (empty and blank when a root could not be
   * read).
   */
  public record Run(CompilationResult result, Optional<LoadedSources> loaded, Symbols symbols) {}

  /** Compiles with any resolver: {@code roots.get(0)} is the root, the rest are added to it. */
  public static Run run(SourceResolver files, List<String> roots) {
    return run(files, roots, stage -> {});
  }

  /**
   * {@link #run(SourceResolver, List)}, telling {@code stage} what it is doing before each step (so
   * an internal error can say where it happened).
   */
  public static Run run(SourceResolver files, List<String> roots, Consumer<String> stage) {
    stage.accept("reading the root files");
    SourceResolver resolver = LibraryResolver.wrap(files);
    Diagnostics diagnostics = new Diagnostics();
    List<Source> sources = new ArrayList<>();
    for (String root : roots) {
      rootSource(resolver, root, diagnostics).ifPresent(sources::add);
    }
    if (sources.size() < roots.size()) {
      return new Run(
          new CompilationResult(Optional.empty(), diagnostics.all(), Map.of()),
          Optional.empty(),
          new Symbols());
    }
    stage.accept("loading the imported files");
    LoadedSources loaded =
        SourceLoader.load(
            resolver, sources.get(0), sources.subList(1, sources.size()), diagnostics);
    stage.accept("collecting the declarations");
    Symbols symbols = Declarations.collect(loaded, diagnostics);
    stage.accept("checking the policy");
    CheckedPolicy checked = PolicyChecker.check(loaded, symbols, diagnostics);
    SubjectKindCheck.check(loaded, diagnostics);
    stage.accept("building the policy model");
    Map<String, String> texts = new LinkedHashMap<>();
    for (ParsedSource file : loaded.files()) {
      texts.put(file.file().file(), file.text());
    }
    Optional<PolicyModel> model =
        diagnostics.hasErrors() ? Optional.empty() : Optional.of(ModelLowering.lower(checked));
    CompilationResult result =
        new CompilationResult(model, diagnostics.sorted(loaded.fileNames()), texts);
    return new Run(result, Optional.of(loaded), symbols);
  }

  private static Optional<Source> rootSource(
      SourceResolver resolver, String name, Diagnostics diagnostics) {
    Span span = new Span(name, 0, 0, 1);
    try {
      Optional<Source> source = resolver.root(name);
      if (source.isEmpty()) {
        diagnostics.error(DiagnosticCode.P121, span, "cannot find policy file '" + name + "'");
      }
      return source;
    } catch (IOException | RuntimeException e) {
      diagnostics.error(
          DiagnosticCode.P121, span, "cannot read policy file '" + name + "': " + e.getMessage());
      return Optional.empty();
    }
  }
}
