package dev.proviso.maven;

import dev.proviso.Policy;
import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.model.PolicyTestDefinition;
import dev.proviso.testing.coverage.CoverageRecorder;
import dev.proviso.testing.coverage.CoverageReport;
import dev.proviso.testing.coverage.CoverageThreshold;
import dev.proviso.testing.runner.PolicyTestResult;
import dev.proviso.testing.runner.PolicyTestRunner;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code proviso:test}: runs the policies' {@code test} blocks, writes a JUnit XML report where
 * Surefire writes its own (so CI servers show the results), and fails the build on a failed test or
 * on coverage below the minimum. Bound to {@code verify}; it honours {@code proviso.skip} but not
 * {@code skipTests}, so that a build with {@code -DskipTests} still refuses a broken policy.
 */
@Mojo(name = "test", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class TestMojo extends PolicyMojo {

  @Parameter(
      property = "proviso.reportsDirectory",
      defaultValue = "${project.build.directory}/surefire-reports")
  File reportsDirectory;

  /** The least share of rules, in percent, that some test must match; 0 checks nothing. */
  @Parameter(property = "proviso.minRuleCoverage", defaultValue = "0")
  double minRuleCoverage;

  /** The least share of condition branches, in percent, that the tests must see. */
  @Parameter(property = "proviso.minBranchCoverage", defaultValue = "0")
  double minBranchCoverage;

  @Override
  void run(List<Path> files) throws MojoExecutionException, MojoFailureException {
    CoverageThreshold threshold = threshold();
    CompilationResult compiled = PolicyCompiler.compile(files.toArray(Path[]::new));
    if (compiled.hasErrors()) {
      getLog().error("\n" + compiled.render().stripTrailing());
      throw new MojoFailureException("the policy does not compile; its tests cannot run");
    }
    Policy policy = Policy.from(compiled.model().orElseThrow());
    CoverageRecorder recorder = new CoverageRecorder(policy);
    PolicyTestRunner runner = new PolicyTestRunner(policy, recorder.decider());
    List<TimedResult> results = new ArrayList<>();
    for (PolicyTestDefinition test : policy.model().tests()) {
      long start = System.nanoTime();
      PolicyTestResult result = runner.run(test);
      results.add(new TimedResult(result, System.nanoTime() - start));
      log(result);
    }
    Path report = JUnitXmlReport.write(reportsDirectory.toPath(), policy.name(), results);
    getLog().info("JUnit report: " + report);
    CoverageReport coverage = recorder.report();
    List<String> shortfalls = coverage.violations(threshold);
    if (threshold != CoverageThreshold.NONE) {
      getLog().info(coverage.toText().stripTrailing());
    }
    shortfalls.forEach(s -> getLog().error("coverage: " + s));
    long failed = results.stream().filter(r -> !r.result().passed()).count();
    String summary =
        "policy \""
            + policy.name()
            + "\": "
            + (results.size() - failed)
            + " passed, "
            + failed
            + " failed";
    if (results.isEmpty()) {
      getLog().warn(summary + " (the policy has no test blocks)");
    }
    if (failed > 0) {
      throw new MojoFailureException(summary);
    }
    if (!shortfalls.isEmpty()) {
      throw new MojoFailureException(summary + ", but " + String.join("; ", shortfalls));
    }
    getLog().info(summary);
  }

  private void log(PolicyTestResult result) {
    String where = result.test().location().fileAndLine();
    if (result.passed()) {
      getLog().info("PASS " + result.test().name() + "  " + where);
    } else {
      getLog().error("FAIL " + result.failureMessage().stripTrailing());
    }
  }

  private CoverageThreshold threshold() throws MojoExecutionException {
    if (minRuleCoverage == 0 && minBranchCoverage == 0) {
      return CoverageThreshold.NONE;
    }
    for (double percent : new double[] {minRuleCoverage, minBranchCoverage}) {
      if (!(percent >= 0 && percent <= 100)) {
        throw new MojoExecutionException(
            "coverage minimum " + percent + ": expected a percentage from 0 to 100");
      }
    }
    return new CoverageThreshold(minRuleCoverage / 100, minBranchCoverage / 100);
  }

  /** A test's result and how long it took, in nanoseconds. */
  record TimedResult(PolicyTestResult result, long nanos) {}
}
