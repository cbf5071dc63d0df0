package dev.proviso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixCommandTest {
  @TempDir Path dir;
  Path shop;

  @BeforeEach
  void writePolicy() {
    shop = Cli.write(dir, "shop.policy", Fixtures.SHOP);
  }

  private static String row(Cli.Result r, String category) {
    return r.out().lines().filter(l -> l.startsWith(category + " ")).findFirst().orElseThrow();
  }

  @Test
  void matrix_euAdult_consentStaysOpenAsACondition() {
    Cli.Result r = Cli.run("matrix", shop, "--subject", "region=EU,age=30");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Uses for subject.region=EU, subject.age=30");
    assertThat(row(r, "contact.email")).matches("contact\\.email\\s+allow\\s+-\\s+when \\[1\\].*");
    assertThat(r.out()).contains("[1] allow when consent(marketing.email) with audit");
    assertThat(row(r, "device.contact_list")).startsWith("device.contact_list  deny");
  }

  @Test
  void matrix_euChild_marketingDenied() {
    Cli.Result r =
        Cli.run(
            "matrix", shop, "--subject", "region=EU,age=12", "--consent", "marketing.email=given");
    assertThat(r.exit()).isZero();
    assertThat(row(r, "contact.email"))
        .matches("contact\\.email\\s+allow\\s+deny\\s+deny\\s+deny\\s+-");
  }

  @Test
  void matrix_unknownRegion_regimeStaysInTheCondition() {
    Cli.Result r =
        Cli.run("matrix", shop, "--purposes", "marketing.email", "--categories", "contact");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("any subject")
        .contains("not under gdpr (subject.region in [\"EU\", \"EEA\"])");
  }

  @Test
  void matrix_markdown_isATable() {
    Cli.Result r = Cli.run("matrix", shop, "--subject", "region=US-CA", "--format", "markdown");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("| category / purpose | fulfilment |", "|---|");
  }

  @Test
  void matrix_json_givesVerdictAndConditionPerUse() throws Exception {
    Cli.Result r =
        Cli.run(
            "matrix",
            shop,
            "--subject",
            "region=US-CA,age=40",
            "--opt-out",
            "sale_or_share",
            "--format",
            "json");
    assertThat(r.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode email = null;
    for (JsonNode use : json.get("uses")) {
      if (use.get("category").asText().equals("contact.email")
          && use.get("purpose").asText().equals("marketing.email")) {
        email = use;
      }
    }
    assertThat(email).isNotNull();
    assertThat(email.get("verdict").asText()).isEqualTo("deny");
    assertThat(email.get("rules").toString()).contains("shop.policy:26");
  }

  @Test
  void matrix_unknownPurposeFilter_suggests_exitsTwo() {
    Cli.Result r = Cli.run("matrix", shop, "--purposes", "marketting");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly("error: unknown purpose 'marketting'; did you mean 'marketing'?");
  }

  @Test
  void matrix_badEventInstant_oneLine_exitsTwo() {
    Cli.Result r = Cli.run("matrix", shop, "--event", "cart_abandoned=yesterday");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).contains("cart_abandoned=yesterday", "2026-01-01T00:00:00Z");
  }

  @Test
  void matrix_advisoryRule_namedInTheNote() {
    Cli.write(
        dir,
        "shop.policy",
        Fixtures.SHOP.replace(
            "regime brand {",
            "regime brand {\n  advisory deny behavior for analytics because \"review\""));
    Cli.Result r = Cli.run("matrix", shop, "--purposes", "analytics");
    assertThat(r.exit()).isZero();
    assertThat(row(r, "behavior.cart")).endsWith("allow [1]");
    assertThat(r.out())
        .contains("[1] allow with pseudonymize(contact); advice from shop.policy:30");
  }
}
