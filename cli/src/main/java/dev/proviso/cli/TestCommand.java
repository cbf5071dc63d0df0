package dev.proviso.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proviso.Policy;
import dev.proviso.cli.report.Json;
import dev.proviso.testing.coverage.CoverageRecorder;
import dev.proviso.testing.coverage.CoverageReport;
import dev.proviso.testing.coverage.CoverageThreshold;
import dev.proviso.testing.runner.PolicyTestReport;
import dev.proviso.testing.runner.PolicyTestResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code proviso test}: runs the policies' {@code test} blocks with the testing kit's runner. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Run the test blocks of policy files; optionally measure rule coverage.",
    footer = {
      "",
      "Exit codes: 0 all tests passed (and coverage met), 1 a test failed or coverage is below",
      "--min-coverage, 2 usage errors or a policy that does not compile.",
      "Examples:",
      "  proviso test shop.policy",
      "  proviso test shop.policy --coverage --min-coverage 90",
      "  proviso test policies/ --lcov target/policy-coverage.info"
    })
final class TestCommand implements Callable<Integer> {

  @Mixin PolicyFiles files;

  @Option(names = "--coverage", description = "Print rule and branch coverage.")
  boolean coverage;

  @Option(
      names = "--min-coverage",
      paramLabel = "PERCENT",
      description =
          "Fail unless at least PERCENT of the rules matched in some test (implies --coverage).")
  Double minCoverage;

  @Option(
      names = "--lcov",
      paramLabel = "FILE",
      description = "Also write rule and branch coverage to FILE as an LCOV tracefile.")
  Path lcov;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    if (minCoverage != null && (minCoverage < 0 || minCoverage > 100)) {
      throw CliException.usage(
          "--min-coverage " + minCoverage + ": expected a percentage from 0 to 100");
    }
    Policy policy = PolicyLoader.policy(files.expanded());
    CoverageRecorder recorder = new CoverageRecorder(policy);
    PolicyTestReport report =
        new dev.proviso.testing.runner.PolicyTestRunner(policy, recorder.decider()).runAll();
    CoverageReport coverageReport = recorder.report();
    if (lcov != null) {
      writeLcov(coverageReport, files.expanded());
    }
    List<String> shortfalls =
        minCoverage == null
            ? List.of()
            : coverageReport.violations(new CoverageThreshold(minCoverage / 100.0, 0));
    boolean showCoverage = coverage || minCoverage != null;
    PrintWriter out = output.out();
    if (output.format == Format.JSON) {
      Json.print(out, json(report, showCoverage ? coverageReport : null, shortfalls));
    } else {
      text(out, report, showCoverage ? coverageReport : null, shortfalls);
    }
    return report.passed() && shortfalls.isEmpty() ? Proviso.OK : Proviso.NEGATIVE;
  }

  /** Rules' file names are relative to the root policy; LCOV wants the files' paths. */
  private void writeLcov(CoverageReport coverage, List<Path> policyFiles) {
    String tracefile =
        coverage.toLcov(
            name ->
                policyFiles.stream()
                    .filter(file -> file.normalize().endsWith(name))
                    .map(Path::toString)
                    .findFirst()
                    .orElse(name));
    try {
      Files.writeString(lcov, tracefile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CliException.usage("cannot write " + lcov + ": " + e.getMessage());
    }
  }

  private void text(
      PrintWriter out, PolicyTestReport report, CoverageReport coverage, List<String> shortfalls) {
    Style style = output.style();
    for (PolicyTestResult result : report.results()) {
      String where = result.test().location().fileAndLine();
      if (result.passed()) {
        out.println(style.green("PASS") + " " + result.test().name() + "  " + style.dim(where));
      } else {
        out.println(style.red("FAIL") + " " + result.test().name() + "  " + where);
        // the message's first line repeats the test's name and location printed above
        result
            .failureMessage()
            .lines()
            .skip(1)
            .forEach(line -> out.println(("  " + line).stripTrailing()));
      }
    }
    if (coverage != null) {
      out.println();
      out.print(coverage.toText());
      if (!coverage.toText().endsWith("\n")) {
        out.println();
      }
    }
    shortfalls.forEach(s -> out.println(style.red("coverage: " + s)));
    long failed = report.failures().size();
    long passed = report.results().size() - failed;
    out.println(
        passed
            + " passed, "
            + failed
            + " failed"
            + (report.results().isEmpty() ? " (the policy has no test blocks)" : ""));
  }

  private static Map<String, Object> json(
      PolicyTestReport report, CoverageReport coverage, List<String> shortfalls) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("policy", report.policyName());
    json.put("passed", report.results().size() - report.failures().size());
    json.put("failed", report.failures().size());
    List<Map<String, Object>> tests = new ArrayList<>();
    for (PolicyTestResult result : report.results()) {
      Map<String, Object> test = new LinkedHashMap<>();
      test.put("name", result.test().name());
      test.put("location", result.test().location().fileAndLine());
      test.put("passed", result.passed());
      test.put("failure", result.passed() ? null : result.failureMessage());
      tests.add(test);
    }
    json.put("tests", tests);
    if (coverage != null) {
      try {
        json.put("coverage", new ObjectMapper().readTree(coverage.toJson()));
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
    json.put("coverageShortfalls", shortfalls);
    return json;
  }
}
