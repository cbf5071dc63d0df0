package dev.proviso.testing.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.proviso.testing.junit.fixtures.BrokenPolicyFixture;
import dev.proviso.testing.junit.fixtures.FailingPolicyFixture;
import dev.proviso.testing.junit.fixtures.FileAndMissingPolicyFixture;
import dev.proviso.testing.junit.fixtures.InterfaceOnlyFixture;
import dev.proviso.testing.junit.fixtures.UntestedPolicyFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs fixture classes through the JUnit Platform launcher, as Surefire and IDEs do. */
class ProvisoExtensionTest {

  /** What one test of a run came to. */
  record Outcome(TestIdentifier test, TestExecutionResult result) {
    String message() {
      return result.getThrowable().map(Throwable::getMessage).orElse("");
    }
  }

  private static Map<String, Outcome> failing;

  @BeforeAll
  static void runTheFailingFixture() {
    failing = run(FailingPolicyFixture.class);
  }

  private static Map<String, Outcome> run(Class<?> fixture) {
    return run(fixture, null);
  }

  /** Runs the fixture with {@code proviso.coverage.dir} set to {@code coverageDirectory}. */
  private static Map<String, Outcome> run(Class<?> fixture, Path coverageDirectory) {
    String previous = System.getProperty(PolicyTestSuite.COVERAGE_DIRECTORY);
    setCoverageDirectory(coverageDirectory == null ? null : coverageDirectory.toString());
    try {
      Map<String, Outcome> outcomes = new TreeMap<>();
      LauncherFactory.create()
          .execute(
              LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build(),
              new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                  outcomes.put(id.getDisplayName(), new Outcome(id, result));
                }
              });
      return outcomes;
    } finally {
      setCoverageDirectory(previous);
    }
  }

  private static void setCoverageDirectory(String directory) {
    if (directory == null) {
      System.clearProperty(PolicyTestSuite.COVERAGE_DIRECTORY);
    } else {
      System.setProperty(PolicyTestSuite.COVERAGE_DIRECTORY, directory);
    }
  }

  @Test
  void dynamicTests_oneTestPerPolicyTestBlock_namedAfterIt() {
    Map<String, Outcome> outcomes = failing;

    assertThat(outcomes)
        .containsKeys(
            "US customers get the newsletter",
            "EU customers get it without consent",
            "rule coverage");
    assertThat(outcomes.get("US customers get the newsletter").result().getStatus())
        .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
  }

  @Test
  void dynamicTests_failingPolicyTest_failsWithTheExpectationAndExplanation() {
    Outcome failed = failing.get("EU customers get it without consent");

    assertThat(failed.result().getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
    assertThat(failed.message())
        .isEqualTo(
            """
            policy test "EU customers get it without consent" failed (failing.policy:20)
              subject { region: "EU" }

              failing.policy:22: expect allow contact.email for marketing.email
                decided at 2026-01-01T00:00:00Z
                expected: ALLOW
                but was:  DENY
                explanation:
                  DENY contact.email for marketing.email
                    deny by failing.policy:11 (regime gdpr): require consent(marketing.email) to use\
             contact.email for marketing.email — "email marketing needs consent"
                    consent(marketing.email) of failing.policy:11 is UNKNOWN (never recorded)\
            """);
  }

  @Test
  void dynamicTests_source_isThePolicyFileAtTheTestsLine() {
    Outcome passed = failing.get("US customers get the newsletter");

    assertThat(passed.test().getSource())
        .get()
        .isInstanceOfSatisfying(
            ClasspathResourceSource.class,
            source -> {
              assertThat(source.getClasspathResourceName()).isEqualTo("policies/failing.policy");
              assertThat(source.getPosition().orElseThrow().getLine()).isEqualTo(15);
            });
  }

  @Test
  void dynamicTests_coverageBelowMinimum_failsTheCoverageTest() {
    Outcome coverage = failing.get("rule coverage");

    assertThat(coverage.result().getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
    assertThat(coverage.message())
        .startsWith("branch coverage 50.0% is below the minimum 100.0%\n\n")
        .contains("2/2 rules matched (100.0%), 1/2 branches (50.0%)")
        .contains("failing.policy:11  unless true");
  }

  @Test
  void parameter_policyDoesNotCompile_failsWithTheDiagnostics() {
    Outcome test = run(BrokenPolicyFixture.class).get("usesThePolicy(Policy)");

    assertThat(test.result().getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
    assertThat(test.message())
        .contains("policy policies/broken.policy does not compile:")
        .contains("broken.policy:6:7: error[P101]: unknown data category 'contact.emial'")
        .contains("contact.emial")
        .contains("did you mean 'contact.email'?");
  }

  @Test
  void dynamicTests_policyFromAFilePath_haveTheFileAndLineAsSource() {
    Outcome passed = run(FileAndMissingPolicyFixture.class).get("EU newsletter needs consent");

    assertThat(passed.result().getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    assertThat(passed.test().getSource())
        .get()
        .isInstanceOfSatisfying(
            FileSource.class,
            source -> {
              assertThat(source.getFile().toPath())
                  .isEqualTo(
                      Path.of("src/test/resources/policies/newsletter.policy").toAbsolutePath());
              assertThat(source.getPosition().orElseThrow().getLine()).isEqualTo(23);
            });
  }

  @Test
  void parameter_annotatedParameter_getsItsOwnPolicy() {
    Outcome test =
        run(FileAndMissingPolicyFixture.class)
            .get("parameterAnnotation_winsOverTheClass(Policy, Policy)");

    assertThat(test.result().getStatus())
        .as(test.message())
        .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
  }

  @Test
  void parameter_missingFile_failsNamingWhereItLooked() {
    Outcome test = run(FileAndMissingPolicyFixture.class).get("missingFile(Policy)");

    assertThat(test.message())
        .contains(
            "policy file 'policies/nope.policy' is neither a resource on the classpath of "
                + FileAndMissingPolicyFixture.class.getName()
                + " nor a file at "
                + Path.of("policies/nope.policy").toAbsolutePath());
  }

  @Test
  void dynamicTests_coverageDirectorySet_writesJsonAndText(@TempDir Path directory)
      throws IOException {
    Outcome coverage = run(FileAndMissingPolicyFixture.class, directory).get("rule coverage");

    assertThat(coverage.result().getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    assertThat(Files.readString(directory.resolve("newsletter.txt")))
        .startsWith("rule coverage of policy \"newsletter\" v2: 3/5 rules matched (60.0%)");
    assertThat(Files.readString(directory.resolve("newsletter.json")))
        .contains("\"policy\" : \"newsletter\"");
  }

  @Test
  void dynamicTests_policyWithoutTestBlocks_failsSayingSo() {
    Outcome test = run(UntestedPolicyFixture.class).get("no policy tests");

    assertThat(test.result().getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
    assertThat(test.message()).startsWith("policy \"untested\" has no test blocks to run; add one");
  }

  @Test
  void policyTestBlocks_implementedByAClass_runsTheBlocksWithoutAFactoryMethod() {
    Map<String, Outcome> outcomes = run(InterfaceOnlyFixture.class);

    assertThat(outcomes)
        .containsKeys(
            "EU newsletter needs consent",
            "analytics only on the web",
            "no analytics in the app",
            "constructorAndLifecycleInjection_seeTheSamePolicy()",
            "nestedClass_seesTheEnclosingPolicy(Policy)");
    assertThat(outcomes.values())
        .allSatisfy(
            o ->
                assertThat(o.result().getStatus())
                    .isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
  }
}
