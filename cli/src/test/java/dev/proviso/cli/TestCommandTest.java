package dev.proviso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {
  @TempDir Path dir;

  private static final String FAILING =
      Fixtures.SHOP.replace(
          "expect allow contact.email for marketing.email with audit",
          "expect allow contact.email for marketing.email with audit\n  expect allow contact.phone for marketing.email");

  @Test
  void test_passingPolicy_summaryLine_exitsZero() {
    Cli.Result r = Cli.run("test", Cli.write(dir, "shop.policy", Fixtures.SHOP));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("PASS EU customer without consent gets no marketing email");
    assertThat(r.out().strip()).endsWith("1 passed, 0 failed");
  }

  @Test
  void test_failingExpectation_explainsWithFileLine_exitsOne() {
    Cli.Result r = Cli.run("test", Cli.write(dir, "shop.policy", FAILING));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains(
            "FAIL EU customer without consent",
            "shop.policy:40: expect allow contact.phone for marketing.email",
            "but was:  DENY");
    assertThat(r.out().strip()).endsWith("0 passed, 1 failed");
  }

  @Test
  void test_coverage_printsRuleCoverage() {
    Cli.Result r = Cli.run("test", Cli.write(dir, "shop.policy", Fixtures.SHOP), "--coverage");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("rule coverage", "rules never matched");
  }

  @Test
  void test_minCoverageNotMet_exitsOne() {
    Cli.Result r =
        Cli.run("test", Cli.write(dir, "shop.policy", Fixtures.SHOP), "--min-coverage", "90");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("coverage:", "1 passed, 0 failed");
  }

  @Test
  void test_minCoverageOutOfRange_oneLine_exitsTwo() {
    Cli.Result r =
        Cli.run("test", Cli.write(dir, "shop.policy", Fixtures.SHOP), "--min-coverage", "150");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
  }

  @Test
  void test_json_countsAndFailures() throws Exception {
    Cli.Result r = Cli.run("test", Cli.write(dir, "shop.policy", FAILING), "--format", "json");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("failed").asInt()).isEqualTo(1);
    assertThat(json.get("tests").get(0).get("failure").asText()).contains("contact.phone");
  }

  @Test
  void test_policyWithSyntaxError_oneLine_exitsTwo() {
    Cli.Result r = Cli.run("test", Cli.write(dir, "shop.policy", Fixtures.BROKEN));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
  }

  @Test
  void test_lcov_tracefileWithEveryRuleAsALineAndConditionsAsBranches() throws Exception {
    Path shop = Cli.write(dir, "shop.policy", Fixtures.SHOP);
    Path lcov = dir.resolve("policy.info");

    Cli.Result r = Cli.run("test", shop, "--lcov", lcov);

    assertThat(r.exit()).isZero();
    assertThat(java.nio.file.Files.readString(lcov))
        .isEqualTo(
            "TN:acme-shop\nSF:"
                + shop
                + "\n"
                + """
                BRDA:20,1,0,1
                BRDA:20,1,1,1
                BRDA:22,0,0,0
                BRDA:22,0,1,1
                BRDA:26,0,0,0
                BRDA:26,0,1,0
                BRDA:31,1,0,0
                BRDA:31,1,1,0
                BRF:8
                BRH:3
                DA:14,0
                DA:15,1
                DA:16,0
                DA:17,0
                DA:20,1
                DA:22,0
                DA:26,0
                DA:30,0
                DA:31,0
                LF:9
                LH:2
                end_of_record
                """);
  }

  @Test
  void test_lcovUnwritable_oneLine_exitsTwo() {
    Path shop = Cli.write(dir, "shop.policy", Fixtures.SHOP);

    Cli.Result r = Cli.run("test", shop, "--lcov", dir.resolve("no/such/dir/policy.info"));

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("error: cannot write ");
  }
}
