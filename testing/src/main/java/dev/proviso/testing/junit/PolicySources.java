package dev.proviso.testing.junit;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.Policies;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.dsl.resolve.ClasspathSourceResolver;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Finds the files named by {@link ProvisoPolicy} and compiles them into one policy: from the
 * classpath when the first file is a resource there (in a directory or a jar), else from the file
 * system. The compiler names files relative to the first file's directory; each name is mapped to a
 * URI ({@code classpath:/...} or {@code file:/...}) so IDEs can open a test step at its line.
 */
final class PolicySources {
  private PolicySources() {}

  static LoadedPolicy load(List<String> names, Class<?> testClass) {
    if (names.isEmpty()) {
      throw new ExtensionConfigurationException(
          "@ProvisoPolicy names no file; name one, e.g. @ProvisoPolicy(\"policies/shop.policy\")");
    }
    ClassLoader loader = testClass.getClassLoader();
    String first = stripSlash(names.get(0));
    if (loader.getResource(first) != null) {
      return fromClasspath(names, loader);
    }
    if (Files.isRegularFile(Path.of(names.get(0)))) {
      return fromFiles(names);
    }
    throw new ExtensionConfigurationException(
        "policy file '"
            + names.get(0)
            + "' is neither a resource on the classpath of "
            + testClass.getName()
            + " nor a file at "
            + Path.of(names.get(0)).toAbsolutePath());
  }

  private static LoadedPolicy fromClasspath(List<String> names, ClassLoader loader) {
    ClasspathSourceResolver resolver = ClasspathSourceResolver.forRoot(loader, names.get(0));
    List<String> roots = names.stream().map(resolver::displayName).toList();
    CompilationResult result = PolicyCompiler.compile(resolver, roots);
    Map<String, URI> uris = new LinkedHashMap<>();
    result
        .sources()
        .keySet()
        .forEach(f -> uris.put(f, LoadedPolicy.uri("classpath", "/" + resolver.base() + f, null)));
    return compiled(names, result, uris);
  }

  private static LoadedPolicy fromFiles(List<String> names) {
    Path[] files = names.stream().map(n -> Path.of(n).toAbsolutePath()).toArray(Path[]::new);
    CompilationResult result = PolicyCompiler.compile(files);
    Path directory = files[0].getParent();
    Map<String, URI> uris = new LinkedHashMap<>();
    result.sources().keySet().forEach(f -> uris.put(f, directory.resolve(f).normalize().toUri()));
    return compiled(names, result, uris);
  }

  private static LoadedPolicy compiled(
      List<String> names, CompilationResult result, Map<String, URI> uris) {
    if (result.hasErrors()) {
      throw new ExtensionConfigurationException(
          "policy " + String.join(", ", names) + " does not compile:\n" + result.render());
    }
    return new LoadedPolicy(Policies.from(result), uris);
  }

  private static String stripSlash(String name) {
    return name.startsWith("/") ? name.substring(1) : name;
  }
}
