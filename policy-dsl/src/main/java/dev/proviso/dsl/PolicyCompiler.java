package dev.proviso.dsl;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.compile.Pipeline;
import dev.proviso.dsl.resolve.ClasspathSourceResolver;
import dev.proviso.dsl.resolve.FileSourceResolver;
import dev.proviso.dsl.resolve.InMemorySourceResolver;
import dev.proviso.dsl.resolve.SourceResolver;
import dev.proviso.model.PolicyModel;
import java.nio.file.Path;
import java.util.ArrayList;
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
    return Pipeline.run(resolver, names, stage::now).result();
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
    return Pipeline.run(resolver, List.of(resolver.displayName(name)), stage::now).result();
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
    return CompilerBug.guard(
        roots.get(0), stage, () -> Pipeline.run(files, roots, stage::now).result());
  }
}
