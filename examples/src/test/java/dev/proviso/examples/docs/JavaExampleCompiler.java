package dev.proviso.examples.docs;

import com.sun.source.util.JavacTask;
import dev.proviso.examples.docs.JavadocExamples.Example;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Javadoc examples with {@code javac} against the test classpath, each as the body of a
 * method of a class that extends {@link #PREAMBLE} (or, when it declares methods, as the class
 * body), so an example may use:
 *
 * <ul>
 *   <li>every public type of the given packages, and of {@link #LIBRARIES}, without importing it;
 *       {@code assertThat} of {@code ProvisoAssertions}; its own {@code import} lines;
 *   <li>the free names the preamble declares ({@code policy}, {@code request}, {@code alice},
 *       {@code guard}, {@code dataSource}, ...), each with one type across all examples;
 *   <li>{@code { ... }} and a line of {@code ...} for code left out.
 * </ul>
 *
 * No annotation processing runs; class files go to a directory the caller gives.
 */
final class JavaExampleCompiler {

  static final List<String> LIBRARIES =
      List.of(
          "java.io",
          "java.time",
          "java.time.temporal",
          "java.util",
          "java.util.function",
          "java.util.stream",
          "java.nio.file",
          "java.sql",
          "com.fasterxml.jackson.databind",
          "org.junit.jupiter.api");

  /** The free names examples may use, one type each; a new one needs a line here. */
  static final String PREAMBLE =
      """
      abstract class Preamble {
        Policy policy; PolicyModel model; Request request; Decision decision;
        Subject alice, child; Instant at, issuedAt, abandonedAt, jan1, feb1;
        ConsentView consents, consentView; ConsentLedger ledger, consentLedger;
        ErasureJournal erasureJournal, journal; ErasureCoordinator coordinator;
        RetentionPlanner planner; DataSystem crm, mailer, invoices, invoicing;
        TableMapping invoicesMapping; javax.sql.DataSource dataSource; java.sql.Statement statement;
        Guard guard; DecisionLog log; DecisionRecord record; SubjectPseudonymizer pseudonymizer;
        byte[] key, secretKeyBytes; ObjectMapper mapper; AccessReport report;
        CoverageRecorder coverage; java.nio.file.Path path; String text; Span span;
        ClassLoader loader; Customers customers; Customer customer;
        DecisionRecordFormat format; PolicyModel oldModel, newModel; Facts facts; Atom consent, under16;
        SqlMapping mapping; FrameMapping frameMapping;
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> customerFrame, consentFrame, erasureFrame;

        record Customer(String id, String email, String phone) {
          Subject toSubject() { return Subject.builder(id).build(); }
        }

        interface Customers { Optional<Customer> find(String id); }
      }
      """;

  private static final Pattern MEMBER =
      Pattern.compile(
          "^(?!(?:try|if|for|while|switch|return|new|synchronized)\\b)"
              + "[\\w<>\\[\\],.? ]+\\s+\\w+\\([^)]*\\)\\s*(?:throws [\\w., ]+)?\\{$");
  private static final Pattern IMPORT = Pattern.compile("^import\\s+[\\w.*\\s]+;$");

  private final List<String> packages;

  /**
   * @param packages the packages whose public types examples use unimported
   */
  JavaExampleCompiler(List<String> packages) {
    this.packages = List.copyOf(packages);
  }

  /**
   * Compiles all examples at once; the errors of each, as {@code file:line: message}. Examples are
   * parsed first and only those that parse are type-checked, since javac stops before attribution
   * when any unit has a syntax error.
   */
  Map<Example, List<String>> errors(List<Example> examples, Path classes) {
    Map<Example, List<String>> errors = new LinkedHashMap<>();
    Map<JavaFileObject, Example> units = new LinkedHashMap<>();
    for (Example example : examples) {
      errors.put(example, new ArrayList<>());
      String name = "Example" + units.size();
      units.put(unit(name, source(name, example.code())), example);
    }
    Set<Example> broken = report(compile(units.keySet(), classes, false), units, errors);
    List<JavaFileObject> parsed = new ArrayList<>();
    units.forEach(
        (unit, example) -> {
          if (!broken.contains(example)) {
            parsed.add(unit);
          }
        });
    report(compile(parsed, classes, true), units, errors);
    return errors;
  }

  /** Parses, or with {@code check} compiles, the units and the preamble; the errors found. */
  private List<Diagnostic<? extends JavaFileObject>> compile(
      Collection<JavaFileObject> units, Path classes, boolean check) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> found = new DiagnosticCollector<>();
    List<JavaFileObject> all = new ArrayList<>(units);
    all.add(unit("Preamble", imports() + PREAMBLE));
    List<String> options =
        List.of(
            "-proc:none",
            "-implicit:none",
            "-Xmaxerrs",
            "100000",
            "-d",
            classes.toString(),
            "-classpath",
            System.getProperty("java.class.path"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(found, Locale.ROOT, null)) {
      JavacTask task = (JavacTask) javac.getTask(null, files, found, options, null, all);
      if (check) {
        task.call();
      } else {
        task.parse();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .toList();
  }

  /** Adds each error to its example's list; the examples that had one. */
  private static Set<Example> report(
      List<Diagnostic<? extends JavaFileObject>> found,
      Map<JavaFileObject, Example> units,
      Map<Example, List<String>> errors) {
    Set<Example> failed = new HashSet<>();
    for (Diagnostic<? extends JavaFileObject> d : found) {
      Example example =
          units.entrySet().stream()
              .filter(
                  u -> d.getSource() != null && u.getKey().toUri().equals(d.getSource().toUri()))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(null);
      if (example == null) {
        throw new IllegalStateException("the preamble does not compile: " + d);
      }
      long line = example.line() + d.getLineNumber() - HEADER_LINES - 1;
      errors.get(example).add(example.file() + ":" + line + ": " + d.getMessage(Locale.ROOT));
      failed.add(example);
    }
    return failed;
  }

  /** Lines before an example's first line in its unit: the imports line and the class line(s). */
  private static final int HEADER_LINES = 2;

  private String source(String name, String code) {
    List<String> imports = new ArrayList<>();
    List<String> body = new ArrayList<>();
    boolean members = false;
    boolean seenCode = false;
    for (String line : code.lines().toList()) {
      String trimmed = line.strip();
      if (IMPORT.matcher(trimmed).matches()) {
        imports.add(trimmed);
        body.add("");
        continue;
      }
      if (!seenCode && !trimmed.isEmpty() && !trimmed.startsWith("@")) {
        seenCode = true;
        members = MEMBER.matcher(trimmed).matches();
      }
      body.add(trimmed.equals("...") ? "" : line.replaceAll("\\{ *\\.\\.\\. *}", "{}"));
    }
    String open =
        members
            ? "class " + name + " extends Preamble {"
            : "class " + name + " extends Preamble { void example() throws Exception {";
    return imports()
        + String.join(" ", imports)
        + "\n"
        + open
        + "\n"
        + String.join("\n", body)
        + "\n"
        + (members ? "}" : "}}")
        + "\n";
  }

  private String imports() {
    StringBuilder line = new StringBuilder();
    for (String p : packages) {
      line.append("import ").append(p).append(".*; ");
    }
    for (String p : LIBRARIES) {
      line.append("import ").append(p).append(".*; ");
    }
    return line.append(
            "import static dev.proviso.testing.assertions.ProvisoAssertions.assertThat; ")
        .toString();
  }

  private static JavaFileObject unit(String name, String source) {
    return new SimpleJavaFileObject(
        URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
  }
}
