package dev.proviso.testing.junit;

import dev.proviso.Policy;
import dev.proviso.model.PolicyTestDefinition;
import dev.proviso.testing.coverage.CoverageRecorder;
import dev.proviso.testing.coverage.CoverageReport;
import dev.proviso.testing.coverage.CoverageThreshold;
import dev.proviso.testing.runner.PolicyTestResult;
import dev.proviso.testing.runner.PolicyTestRunner;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * The {@code test} blocks of one policy as JUnit dynamic tests, with rule coverage recorded over
 * them. Injected by {@link ProvisoExtension} into a {@link ProvisoTests} method.
 *
 * <pre>{@code
 * @ProvisoTests
 * Stream<DynamicTest> policyTests(PolicyTestSuite suite) {
 *   return suite.dynamicTests();
 * }
 * }</pre>
 */
public final class PolicyTestSuite {
  /** System property: a directory to write each policy's coverage to, as JSON and text. */
  public static final String COVERAGE_DIRECTORY = "proviso.coverage.dir";

  private final LoadedPolicy loaded;
  private final CoverageThreshold threshold;
  private final CoverageRecorder coverage;
  private final PolicyTestRunner runner;

  PolicyTestSuite(LoadedPolicy loaded, CoverageThreshold threshold) {
    this.loaded = loaded;
    this.threshold = threshold;
    this.coverage = new CoverageRecorder(loaded.policy());
    this.runner = new PolicyTestRunner(loaded.policy(), coverage.decider());
  }

  public Policy policy() {
    return loaded.policy();
  }

  /**
   * One dynamic test per {@code test} block, named after it, with the policy file and line as its
   * source; then, when {@link ProvisoPolicy} sets a minimum coverage or the system property {@value
   * #COVERAGE_DIRECTORY} names a directory, a final {@code rule coverage} test that writes the
   * coverage there ({@code <policy>.json} and {@code <policy>.txt}) and fails below the minimum.
   * The tests run lazily, in policy order. A policy without test blocks gives one failing test
   * saying so, rather than passing with nothing checked.
   */
  public Stream<DynamicTest> dynamicTests() {
    List<PolicyTestDefinition> tests = policy().model().tests();
    if (tests.isEmpty()) {
      return Stream.of(DynamicTest.dynamicTest("no policy tests", this::noTests));
    }
    Stream<DynamicTest> blocks =
        tests.stream()
            .map(
                test ->
                    DynamicTest.dynamicTest(
                        test.name(), loaded.uri(test.location()), () -> run(test)));
    if (threshold.equals(CoverageThreshold.NONE)
        && System.getProperty(COVERAGE_DIRECTORY) == null) {
      return blocks;
    }
    URI policyUri = loaded.uri(tests.get(0).location());
    return Stream.concat(
        blocks,
        Stream.of(DynamicTest.dynamicTest("rule coverage", policyUri, this::checkCoverage)));
  }

  /** Coverage of the policy's rules by the tests run so far. */
  public CoverageReport coverage() {
    return coverage.report();
  }

  /** The recorder; pass it to {@code policy.decide(request, view, recorder)} from Java tests. */
  public CoverageRecorder coverageRecorder() {
    return coverage;
  }

  private void run(PolicyTestDefinition test) {
    PolicyTestResult result = runner.run(test);
    if (!result.passed()) {
      throw new AssertionFailedError(result.failureMessage());
    }
  }

  private void noTests() {
    throw new AssertionFailedError(
        "policy \""
            + policy().name()
            + "\" has no test blocks to run; add one, e.g.\n"
            + "  test \"EU customers need consent\" {\n"
            + "    subject { region: \"EU\" }\n"
            + "    expect deny contact.email for marketing.email\n"
            + "  }");
  }

  private void checkCoverage() throws IOException {
    CoverageReport report = coverage();
    System.out.println(report.toText());
    String directory = System.getProperty(COVERAGE_DIRECTORY);
    if (directory != null) {
      Path dir = Files.createDirectories(Path.of(directory));
      Files.writeString(dir.resolve(report.policyName() + ".json"), report.toJson());
      Files.writeString(dir.resolve(report.policyName() + ".txt"), report.toText() + "\n");
    }
    List<String> violations = report.violations(threshold);
    if (!violations.isEmpty()) {
      throw new AssertionFailedError(String.join("\n", violations) + "\n\n" + report.toText());
    }
  }
}
