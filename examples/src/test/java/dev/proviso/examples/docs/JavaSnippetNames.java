package dev.proviso.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the classes a Java snippet names ({@code new X(...)}, {@code X.method(...)}) that do not
 * exist, or static-style calls to methods a class does not have. Names are resolved like a reader
 * would: the snippet's imports, then every Proviso package of the modules the docs describe, then
 * the JDK and library packages the snippets use. Types the snippet declares itself are skipped.
 */
final class JavaSnippetNames {

  private static final List<String> LIBRARY_PACKAGES =
      List.of(
          "java.lang",
          "java.util",
          "java.util.function",
          "java.util.stream",
          "java.time",
          "java.nio.file",
          "java.sql",
          "javax.sql",
          "com.fasterxml.jackson.databind",
          "org.junit.jupiter.api");
  private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
  private static final Pattern IMPORT = Pattern.compile("import\\s+(?:static\\s+)?([\\w.]+);");
  private static final Pattern DECLARED =
      Pattern.compile("\\b(?:class|record|interface|enum|@interface)\\s+([A-Z]\\w*)");
  private static final Pattern CONSTRUCTED =
      Pattern.compile("\\bnew\\s+([A-Z]\\w*(?:\\.[A-Z]\\w*)*)\\s*[(<]");
  private static final Pattern CALLED =
      Pattern.compile("(?<![\\w.])([A-Z]\\w*(?:\\.[A-Z]\\w*)*)\\.([a-z]\\w*)\\s*\\(");

  private final List<String> packages;

  private JavaSnippetNames(List<String> packages) {
    this.packages = packages;
  }

  /** Resolves names against the Proviso packages of {@code modules} under {@code root}. */
  static JavaSnippetNames forModules(Path root, String... modules) {
    List<String> packages = new ArrayList<>(packagesOf(root, modules));
    packages.addAll(LIBRARY_PACKAGES);
    return new JavaSnippetNames(List.copyOf(packages));
  }

  /** The Proviso packages with sources in {@code modules} under {@code root}. */
  static List<String> packagesOf(Path root, String... modules) {
    List<String> packages = new ArrayList<>();
    for (String module : modules) {
      Path sources = root.resolve(module).resolve("src/main/java");
      try (Stream<Path> dirs = Files.walk(sources)) {
        dirs.filter(Files::isDirectory)
            .filter(JavaSnippetNames::hasSources)
            .map(dir -> sources.relativize(dir).toString().replace('/', '.'))
            .filter(name -> name.startsWith("dev.proviso"))
            .forEach(packages::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(packages);
  }

  private static boolean hasSources(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the snippet names that does not exist, one line each; empty when all is well. */
  List<String> problems(String snippet) {
    String code = TEXT.matcher(COMMENT.matcher(snippet).replaceAll("")).replaceAll("\"\"");
    Set<String> declared = new LinkedHashSet<>();
    DECLARED.matcher(code).results().forEach(m -> declared.add(m.group(1)));
    List<String> imports = IMPORT.matcher(code).results().map(m -> m.group(1)).toList();
    Set<String> problems = new LinkedHashSet<>();
    for (Matcher m = CONSTRUCTED.matcher(code); m.find(); ) {
      String type = m.group(1);
      if (!declared.contains(outer(type)) && resolve(type, imports).isEmpty()) {
        problems.add("no class " + type);
      }
    }
    for (Matcher m = CALLED.matcher(code); m.find(); ) {
      String type = m.group(1);
      String method = m.group(2);
      if (declared.contains(outer(type))) {
        continue;
      }
      Optional<Class<?>> found = resolve(type, imports);
      if (found.isEmpty()) {
        problems.add("no class " + type + " (in " + type + "." + method + "(...))");
      } else if (Arrays.stream(found.get().getMethods())
          .map(Method::getName)
          .noneMatch(method::equals)) {
        problems.add(found.get().getName() + " has no public method " + method);
      }
    }
    return List.copyOf(problems);
  }

  private static String outer(String type) {
    int dot = type.indexOf('.');
    return dot < 0 ? type : type.substring(0, dot);
  }

  /** {@code Obligation.NotBefore} is the nested class {@code NotBefore} of {@code Obligation}. */
  private Optional<Class<?>> resolve(String type, List<String> imports) {
    String[] parts = type.split("\\.");
    Optional<Class<?>> outer = resolveSimple(parts[0], imports);
    for (int i = 1; i < parts.length && outer.isPresent(); i++) {
      String nested = parts[i];
      outer =
          Arrays.stream(outer.get().getClasses())
              .filter(c -> c.getSimpleName().equals(nested))
              .<Class<?>>map(c -> c)
              .findFirst();
    }
    return outer;
  }

  private Optional<Class<?>> resolveSimple(String name, List<String> imports) {
    Stream<String> fromImports = imports.stream().filter(i -> i.endsWith("." + name));
    Stream<String> fromPackages = packages.stream().map(p -> p + "." + name);
    return Stream.concat(fromImports, fromPackages)
        .map(JavaSnippetNames::load)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<Class<?>> load(String name) {
    try {
      return Optional.of(Class.forName(name, false, JavaSnippetNames.class.getClassLoader()));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }
}
