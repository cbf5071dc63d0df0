package dev.proviso.testing.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proviso.Policy;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.testing.runner.PolicyTestRunner;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exact coverage of {@code policies/newsletter.policy} by its own tests. Rules (line): 13 allow
 * email, 14 allow analytics when web, 15 deny phone, 18 gdpr require consent, 20 gdpr deny under
 * 16. The tests match 13, 14 and 18; see 14's when true and false, 18's unless true and false, and
 * 20's when false only.
 */
class CoverageTest {
  private static CoverageReport report;

  @BeforeAll
  static void runTheNewsletterTests() throws URISyntaxException {
    Path file = Path.of(CoverageTest.class.getResource("/policies/newsletter.policy").toURI());
    Policy policy = Policy.from(PolicyCompiler.compile(file).modelOrThrow());
    CoverageRecorder recorder = new CoverageRecorder(policy);
    assertThat(new PolicyTestRunner(policy, recorder.decider()).runAll().passed()).isTrue();
    report = recorder.report();
  }

  @Test
  void report_newsletterTests_exactRuleAndBranchCounts() {
    assertThat(report.ruleCount()).isEqualTo(5);
    assertThat(report.matchedRules()).isEqualTo(3);
    assertThat(report.branchCount()).isEqualTo(6);
    assertThat(report.coveredBranches()).isEqualTo(5);
    assertThat(report.rules())
        .extracting(r -> r.rule().id(), RuleCoverage::matches, RuleCoverage::missedBranches)
        .containsExactly(
            tuple("newsletter.policy:13", 1, List.of()),
            tuple("newsletter.policy:14", 1, List.of()),
            tuple("newsletter.policy:15", 0, List.of()),
            tuple("newsletter.policy:18", 2, List.of()),
            tuple("newsletter.policy:20", 0, List.of("when true")));
  }

  @Test
  void toText_newsletterTests_listsUncoveredRulesWithFileAndLine() {
    assertThat(report.toText())
        .isEqualTo(
            """
            rule coverage of policy "newsletter" v2: 3/5 rules matched (60.0%), 5/6 branches (83.3%)
            rules never matched:
              newsletter.policy:15  deny contact.phone for any (top level)
              newsletter.policy:20  deny any for marketing when subject.age < 16 (regime gdpr)
            branches never seen:
              newsletter.policy:20  when true""");
  }

  @Test
  void toJson_newsletterTests_carriesTheSameNumbers() throws Exception {
    JsonNode json = new ObjectMapper().readTree(report.toJson());

    assertThat(json.at("/policy").asText()).isEqualTo("newsletter");
    assertThat(json.at("/rules/total").asInt()).isEqualTo(5);
    assertThat(json.at("/rules/matched").asInt()).isEqualTo(3);
    assertThat(json.at("/rules/ratio").asDouble()).isEqualTo(0.6);
    assertThat(json.at("/branches/total").asInt()).isEqualTo(6);
    assertThat(json.at("/branches/covered").asInt()).isEqualTo(5);
    assertThat(json.at("/ruleCoverage/4/id").asText()).isEqualTo("newsletter.policy:20");
    assertThat(json.at("/ruleCoverage/4/line").asInt()).isEqualTo(20);
    assertThat(json.at("/ruleCoverage/4/missedBranches/0").asText()).isEqualTo("when true");
  }

  @Test
  void violations_belowThreshold_sayWhatFallsShort() {
    assertThat(report.violations(new CoverageThreshold(0.6, 0.8))).isEmpty();
    assertThat(report.violations(new CoverageThreshold(0.8, 0.9)))
        .containsExactly(
            "rule coverage 60.0% is below the minimum 80.0%",
            "branch coverage 83.3% is below the minimum 90.0%");
  }

  @Test
  void threshold_outsideZeroToOne_isRejectedWithAHint() {
    assertThatThrownBy(() -> new CoverageThreshold(80, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minRules must be a ratio between 0.0 and 1.0 (e.g. 0.8 for 80%), got 80.0");
  }
}
