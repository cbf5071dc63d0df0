package dev.proviso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path dir;

  @Test
  void check_cleanPolicy_saysOk_exitsZero() {
    Path shop = Cli.write(dir, "shop.policy", Fixtures.SHOP);
    Cli.Result r = Cli.run("check", shop);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("ok: 1 file checked, no problems");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void check_syntaxError_rendersDiagnosticWithCaret_exitsOne() {
    Path shop = Cli.write(dir, "shop.policy", Fixtures.BROKEN);
    Cli.Result r = Cli.run("check", shop);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines().findFirst().orElseThrow())
        .startsWith("shop.policy:14:")
        .contains("error[P0");
    assertThat(r.out())
        .contains("14 | allow contact fr fulfilment", "^")
        .contains("failed: 1 error");
  }

  @Test
  void check_directory_checksEveryPolicyInIt() {
    Cli.write(dir, "policies/shop.policy", Fixtures.SHOP);
    Cli.Result r = Cli.run("check", dir.resolve("policies"));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("ok: 1 file checked");
  }

  @Test
  void check_missingFile_oneLine_exitsTwo() {
    Cli.Result r = Cli.run("check", dir.resolve("nope.policy"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly("error: cannot read " + dir.resolve("nope.policy") + ": no such file");
  }

  @Test
  void check_fileThatIsNotText_oneLine_exitsTwo() throws Exception {
    Path binary =
        Files.write(dir.resolve("shop.policy"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x00});
    Cli.Result r = Cli.run("check", binary);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly("error: cannot read " + binary + ": it is not UTF-8 text");
  }

  @Test
  void check_unreadableFile_oneLine_exitsTwo() {
    Path shop = Cli.write(dir, "shop.policy", Fixtures.SHOP);
    boolean locked = shop.toFile().setReadable(false, false) && !Files.isReadable(shop);
    try {
      Assumptions.assumeTrue(locked, "running as root: every file is readable");
      Cli.Result r = Cli.run("check", shop);
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.errLines())
          .containsExactly("error: cannot read " + shop + ": permission denied");
    } finally {
      shop.toFile().setReadable(true, false);
    }
  }

  @Test
  void check_directoryWithoutPolicies_oneLine_exitsTwo() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Cli.Result r = Cli.run("check", empty);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("error: no .policy files in directory " + empty);
  }

  @Test
  void check_jsonFormat_listsDiagnosticsForMachines() throws Exception {
    Path shop = Cli.write(dir, "shop.policy", Fixtures.BROKEN);
    Cli.Result r = Cli.run("check", "--format", "json", shop);
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("ok").asBoolean()).isFalse();
    assertThat(json.get("errors").asInt()).isEqualTo(1);
    JsonNode first = json.get("diagnostics").get(0);
    assertThat(first.get("file").asText()).isEqualTo("shop.policy");
    assertThat(first.get("line").asInt()).isEqualTo(14);
    assertThat(first.get("code").asText()).startsWith("P0");
  }

  @Test
  void check_notATerminal_printsNoColour() {
    Path shop = Cli.write(dir, "shop.policy", Fixtures.BROKEN);
    Cli.Result r = Cli.run("check", shop);
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void check_directoryOfSeveralFiles_theFileNamingThePolicyIsTheRoot() {
    int start = Fixtures.SHOP.indexOf("regime gdpr");
    int end = Fixtures.SHOP.indexOf("regime ccpa");
    Cli.write(dir, "policies/a-gdpr.policy", Fixtures.SHOP.substring(start, end));
    Cli.write(
        dir,
        "policies/shop.policy",
        Fixtures.SHOP.substring(0, start) + Fixtures.SHOP.substring(end));
    Cli.Result r = Cli.run("check", dir.resolve("policies"));
    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).contains("ok: 2 files checked, no problems");
  }
}
