package dev.proviso.dsl;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.check.CheckedPolicy;
import dev.proviso.dsl.internal.check.PolicyChecker;
import dev.proviso.dsl.internal.compile.ModelLowering;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.resolve.Declarations;
import dev.proviso.dsl.internal.resolve.LoadedSources;
import dev.proviso.dsl.internal.resolve.SourceLoader;
import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import dev.proviso.dsl.internal.taxonomy.SubjectKindCheck;
import dev.proviso.dsl.packs.LibraryResolver;
import dev.proviso.dsl.resolve.ClasspathSourceResolver;
import dev.proviso.dsl.resolve.FileSourceResolver;
import dev.proviso.dsl.resolve.InMemorySourceResolver;
import dev.proviso.dsl.resolve.Source;
import dev.proviso.dsl.resolve.SourceResolver;
import dev.proviso.model.PolicyModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles {@code .policy} sources to a checked {@link PolicyModel}: parse, load imports, resolve
 * names, check, lower. Never throws on bad input: every problem becomes a diagnostic.
 *
 * <pre>{@code
 * PolicyModel model = PolicyCompiler.compile(Path.of("policies/shop.policy")).modelOrThrow();
 * Policy policy = Policy.from(model); // or Policies.load(Path.of("policies/shop.policy"))
 * CompilationResult r = PolicyCompiler.compileString("t.policy", "policy \"t\" version 1 ...");
 * }</pre>
 *
 * <p>File names in diagnostics and rule ids are relative to the root file's directory.
 */
public final class PolicyCompiler {
  private PolicyCompiler() {}

  /**
   * Compiles policy files and directories (a directory stands for every {@code .policy} file below
   * it). The file that starts with the {@code policy} header is the root, else the first file; the
   * others are loaded as if the root imported them. An unreadable file or directory is error P121.
   */
  public static CompilationResult compile(Path... filesOrDirectories) {
    if (filesOrDirectories.length == 0) {
      throw new IllegalArgumentException("no policy file given");
    }
    CompilerBug.Stage stage = new CompilerBug.Stage();
    return CompilerBug.guard(
        filesOrDirectories[0].toString(), stage, () -> compileFiles(filesOrDirectories, stage));
  }

  private static CompilationResult compileFiles(
      Path[] filesOrDirectories, CompilerBug.Stage stage) {
    stage.now("listing the policy files");
    List<Path> files = new ArrayList<>();
    for (Path path : filesOrDirectories) {
      Optional<String> unlisted = PolicyFiles.collect(path, files);
      if (unlisted.isPresent()) {
        return notFound(path.toString(), unlisted.get());
      }
    }
    PolicyFiles.rootFirst(files);
    FileSourceResolver resolver = FileSourceResolver.forRoot(files.get(0));
    for (Path file : files) { // every file given may be read, wherever it lies
      Path parent = file.toAbsolutePath().normalize().getParent();
      if (parent != null) {
        resolver = resolver.allowing(parent);
      }
    }
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      names.add(resolver.displayName(file));
    }
    return compile(resolver, names, stage);
  }

  /**
   * Compiles a classpath resource and its imports (in a directory or a jar); file names are
   * relative to the resource's directory. A missing resource is error P121.
   */
  public static CompilationResult compileResource(String resource, ClassLoader loader) {
    CompilerBug.Stage stage = new CompilerBug.Stage();
    return CompilerBug.guard(resource, stage, () -> compileResource(resource, loader, stage));
  }

  private static CompilationResult compileResource(
      String resource, ClassLoader loader, CompilerBug.Stage stage) {
    stage.now("finding the policy resource");
    ClasspathSourceResolver resolver = ClasspathSourceResolver.forRoot(loader, resource);
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    if (loader.getResource(name) == null) {
      return notFound(name, "cannot find policy resource '" + name + "' on the classpath");
    }
    return compile(resolver, List.of(resolver.displayName(name)), stage);
  }

  /** A compilation that could not start: its sources are missing or unreadable (P121). */
  private static CompilationResult notFound(String name, String message) {
    Span span = new Span(name, 0, 0, 1);
    return new CompilationResult(
        Optional.empty(), List.of(new Diagnostic(DiagnosticCode.P121, message, span)), Map.of());
  }

  /** Compiles one in-memory source; it cannot import anything. */
  public static CompilationResult compileString(String fileName, String text) {
    return compileSources(fileName, Map.of(fileName, text));
  }

  /** Compiles {@code root} from in-memory sources by display name; imports resolve among them. */
  public static CompilationResult compileSources(String root, Map<String, String> sources) {
    return compile(new InMemorySourceResolver(sources), List.of(root));
  }

  /**
   * Compiles with any resolver: {@code roots.get(0)} is the root, the rest are added to it. Nothing
   * escapes: should the compiler (or the resolver) fail unexpectedly, the result is error P900, an
   * internal compiler error.
   */
  public static CompilationResult compile(SourceResolver files, List<String> roots) {
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("no policy file given");
    }
    CompilerBug.Stage stage = new CompilerBug.Stage();
    return CompilerBug.guard(roots.get(0), stage, () -> compile(files, roots, stage));
  }

  private static CompilationResult compile(
      SourceResolver files, List<String> roots, CompilerBug.Stage stage) {
    stage.now("reading the root files");
    SourceResolver resolver = LibraryResolver.wrap(files);
    Diagnostics diagnostics = new Diagnostics();
    List<Source> sources = new ArrayList<>();
    for (String root : roots) {
      rootSource(resolver, root, diagnostics).ifPresent(sources::add);
    }
    if (sources.size() < roots.size()) {
      return new CompilationResult(Optional.empty(), diagnostics.all(), Map.of());
    }
    stage.now("loading the imported files");
    LoadedSources loaded =
        SourceLoader.load(
            resolver, sources.get(0), sources.subList(1, sources.size()), diagnostics);
    stage.now("collecting the declarations");
    Symbols symbols = Declarations.collect(loaded, diagnostics);
    stage.now("checking the policy");
    CheckedPolicy checked = PolicyChecker.check(loaded, symbols, diagnostics);
    SubjectKindCheck.check(loaded, diagnostics);
    stage.now("building the policy model");
    Map<String, String> texts = new LinkedHashMap<>();
    for (ParsedSource file : loaded.files()) {
      texts.put(file.file().file(), file.text());
    }
    Optional<PolicyModel> model =
        diagnostics.hasErrors() ? Optional.empty() : Optional.of(ModelLowering.lower(checked));
    return new CompilationResult(model, diagnostics.sorted(loaded.fileNames()), texts);
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
