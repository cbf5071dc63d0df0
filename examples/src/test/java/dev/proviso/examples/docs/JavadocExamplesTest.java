package dev.proviso.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.examples.docs.JavadocExamples.Example;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code <pre>{@code ...}</pre>} example in the Javadoc of a public type compiles, so the
 * example a reader copies from the API docs is real. One dynamic test per example, named {@code
 * file:line}; the free names an example may use are in {@link JavaExampleCompiler#PREAMBLE}.
 */
class JavadocExamplesTest {

  /** The modules whose public API the examples document. */
  static final String[] MODULES = {
    "core", "policy-dsl", "testing", "jackson", "jdbc", "analysis", "sql", "spark"
  };

  private static final Path ROOT = DocumentationSnippetsTest.repositoryRoot();
  private static final JavaExampleCompiler COMPILER =
      new JavaExampleCompiler(JavaSnippetNames.packagesOf(ROOT, MODULES));

  private static Map<Example, List<String>> errors;

  @BeforeAll
  static void compileAll(@TempDir Path classes) {
    errors = COMPILER.errors(JavadocExamples.read(ROOT, MODULES), classes);
  }

  @TestFactory
  Stream<DynamicTest> javadocExamples_compile() {
    return errors.entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey().location(),
                    ROOT.resolve(e.getKey().file()).toUri().resolve("?line=" + e.getKey().line()),
                    () ->
                        assertThat(e.getValue())
                            .as(
                                "%s does not compile:%n%s",
                                e.getKey().location(), e.getKey().code())
                            .isEmpty()));
  }

  @Test
  void read_publicApi_findsTheExamplesOfEveryModule() {
    assertThat(errors.keySet())
        .extracting(example -> example.file().substring(0, example.file().indexOf('/')))
        .containsAll(List.of(MODULES));
  }

  @Test
  void errors_exampleCallingARemovedMethod_namesItsJavadocLine(@TempDir Path classes) {
    String source =
        """
        /**
         * Decides.
         *
         * <pre>{@code
         * Policy p = Policy.from(model);
         * Decision d = p.decideNow(request);
         * }</pre>
         */
        public final class Sample {}
        """;
    List<Example> examples = JavadocExamples.inFile("core/Sample.java", source);

    Map<Example, List<String>> found = COMPILER.errors(examples, classes);

    assertThat(found.get(examples.get(0)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("core/Sample.java:6: ")
        .contains("decideNow");
  }

  @Test
  void errors_elidedBodyAndMethodExample_compile(@TempDir Path classes) {
    String source =
        """
        /**
         * <pre>{@code
         * if (policy.decide(request).allowed()) { ... }
         * }</pre>
         *
         * <pre>{@code
         * @ProvisoTests
         * Stream<DynamicTest> policyTests(PolicyTestSuite suite) {
         *   return suite.dynamicTests();
         * }
         * }</pre>
         */
        """;
    List<Example> examples = JavadocExamples.inFile("Sample.java", source);

    assertThat(COMPILER.errors(examples, classes).values()).hasSize(2).allMatch(List::isEmpty);
  }
}
