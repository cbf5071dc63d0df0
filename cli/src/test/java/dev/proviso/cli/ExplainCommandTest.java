package dev.proviso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  @TempDir Path dir;
  Path shop;

  @BeforeEach
  void writePolicy() {
    shop = Cli.write(dir, "shop.policy", Fixtures.SHOP);
  }

  private Cli.Result explain(Object... extra) {
    Object[] args = new Object[extra.length + 2];
    args[0] = "explain";
    args[1] = shop;
    System.arraycopy(extra, 0, args, 2, extra.length);
    return Cli.run(args);
  }

  @Test
  void explain_euSubjectWithoutConsent_deniedByGdprRuleWithFileLine_exitsOne() {
    Cli.Result r =
        explain(
            "--subject", "region=EU,age=30",
            "--category", "contact.email",
            "--purpose", "marketing.email",
            "--at", "2026-03-01T00:00:00Z");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("DENY");
    assertThat(r.out())
        .contains("shop.policy:20", "gdpr", "direct marketing by email needs consent");
    assertThat(r.out()).contains("policy acme-shop version 3");
  }

  @Test
  void explain_consentGiven_allowedWithAuditObligation_exitsZero() {
    Cli.Result r =
        explain(
            "--subject", "region=EU,age=30",
            "--consent", "marketing.email=given@2026-01-01T00:00:00Z",
            "--category", "contact.email",
            "--purpose", "marketing.email",
            "--at", "2026-03-01T00:00:00Z");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("ALLOW").contains("shop.policy:15", "obligations: audit");
  }

  @Test
  void explain_consentGivenAfterTheUse_doesNotCount() {
    Cli.Result r =
        explain(
            "--subject", "region=EU,age=30",
            "--consent", "marketing.email=given@2026-06-01T00:00:00Z",
            "--category", "contact.email",
            "--purpose", "marketing.email",
            "--at", "2026-03-01T00:00:00Z");
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void explain_contextAndEvents_reachTheEngine() {
    Cli.Result withOffer =
        explain(
            "--subject", "region=US-NY,age=40,identified=true",
            "--context", "offer=discount",
            "--event", "cart_abandoned=2026-03-01T00:00:00Z",
            "--category", "behavior.cart",
            "--purpose", "marketing.retargeting");
    Cli.Result withoutOffer =
        explain(
            "--subject", "region=US-NY,age=40,identified=true",
            "--category", "behavior.cart",
            "--purpose", "marketing.retargeting");
    assertThat(withOffer.exit()).as(withOffer.out()).isZero();
    assertThat(withoutOffer.exit()).isEqualTo(1);
    assertThat(withoutOffer.out()).contains("shop.policy:31");
  }

  @Test
  void explain_json_givesOutcomeRulesAndExplanation() throws Exception {
    Cli.Result r =
        explain(
            "--subject", "region=EU,age=12",
            "--consent", "marketing.email=given",
            "--category", "contact.email",
            "--purpose", "marketing.email",
            "--format", "json");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("outcome").asText()).isEqualTo("DENY");
    assertThat(json.get("rules").toString()).contains("shop.policy:22");
    assertThat(json.get("explanation").toString()).contains("children");
    assertThat(json.get("policy").get("name").asText()).isEqualTo("acme-shop");
  }

  @Test
  void explain_json_reasonsAreStructured() throws Exception {
    Cli.Result r =
        explain(
            "--subject", "region=EU,age=12",
            "--consent", "marketing.email=given",
            "--category", "contact.email",
            "--purpose", "marketing.email",
            "--format", "json");

    JsonNode reasons = new ObjectMapper().readTree(r.out()).get("reasons");
    assertThat(reasons).hasSize(1);
    assertThat(reasons.get(0).toString())
        .isEqualTo(
            "{\"kind\":\"rule\",\"category\":null,\"rule\":\"shop.policy:22\","
                + "\"file\":\"shop.policy\",\"line\":22,\"effect\":\"deny\",\"advisory\":false,"
                + "\"regime\":\"gdpr\",\"summary\":\"deny any for marketing when subject.age < 16\","
                + "\"because\":\"Art. 8: children's data\",\"text\":\"deny by shop.policy:22 (regime"
                + " gdpr): deny any for marketing when subject.age < 16 — \\\"Art. 8: children's"
                + " data\\\"\"}");
  }

  @Test
  void explain_jsonDefaultDeny_noAllowReasonNamesTheScopes() throws Exception {
    Cli.Result r =
        explain(
            "--subject", "region=US-NY,age=40,identified=true",
            "--category", "contact.phone",
            "--purpose", "marketing.email",
            "--format", "json");

    JsonNode reason = new ObjectMapper().readTree(r.out()).get("reasons").get(0);
    assertThat(reason.get("kind").asText()).isEqualTo("no_allow");
    assertThat(reason.get("purpose").asText()).isEqualTo("marketing.email");
    assertThat(reason.get("scopes").toString()).contains("top level");
  }

  @Test
  void explain_badSubjectSyntax_oneLine_exitsTwo() {
    Cli.Result r =
        explain("--subject", "region", "--category", "contact.email", "--purpose", "fulfilment");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly(
            "error: --subject region: expected NAME=VALUE, e.g. --subject region=EU,age=30");
  }

  @Test
  void explain_subjectValueOfWrongType_oneLine_exitsTwo() {
    Cli.Result r =
        explain(
            "--subject", "age=thirty", "--category", "contact.email", "--purpose", "fulfilment");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly("error: --subject age=thirty: expected a number, e.g. 30");
  }

  @Test
  void explain_unknownSubjectAttribute_suggestsTheDeclaredOne() {
    Cli.Result r =
        explain("--subject", "regoin=EU", "--category", "contact.email", "--purpose", "fulfilment");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly(
            "error: --subject: unknown subject attribute 'regoin'; did you mean 'region'?");
  }

  @Test
  void explain_unknownCategory_suggestsTheDeclaredOne() {
    Cli.Result r = explain("--category", "contact.emial", "--purpose", "fulfilment");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).contains("contact.emial", "contact.email");
  }

  @Test
  void explain_badConsentState_oneLine_exitsTwo() {
    Cli.Result r =
        explain(
            "--consent", "marketing.email=maybe",
            "--category", "contact.email",
            "--purpose", "marketing.email");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).contains("given, withdrawn or expired");
  }

  @Test
  void explain_policyWithSyntaxError_oneLineNamingFileLine_exitsTwo() {
    Cli.write(dir, "shop.policy", Fixtures.BROKEN);
    Cli.Result r = explain("--category", "contact.email", "--purpose", "fulfilment");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("error: shop.policy:14:").contains("[P0");
  }

  @Test
  void explain_missingRequiredPurpose_oneLine_exitsTwo() {
    Cli.Result r = explain("--category", "contact.email");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).contains("--purpose");
  }

  @Test
  void explain_afterErasure_fulfilmentDenied() {
    Cli.Result before =
        explain("--category", "contact.email", "--purpose", "fulfilment", "--at", "2026-01-01");
    Cli.Result after =
        explain(
            "--category", "contact.email",
            "--purpose", "fulfilment",
            "--erasure", "2025-12-01T00:00:00Z",
            "--at", "2026-01-01");
    assertThat(before.exit()).isZero();
    assertThat(after.exit()).isEqualTo(1);
    assertThat(after.out()).containsIgnoringCase("erasure");
  }

  @Test
  void explain_requestFromJsonFile_decidesAsTheSameFlagsWould() throws Exception {
    java.nio.file.Path request =
        Cli.write(
            dir,
            "request.json",
            """
            {"categories": ["contact.email"], "purpose": "marketing.email",
             "subject": {"region": "EU", "age": 30},
             "consent": {"marketing.email": "given@2026-01-01T00:00:00Z"},
             "at": "2026-03-01T00:00:00Z"}
            """);

    Cli.Result fromJson = Cli.run("explain", shop, "--request", request);
    Cli.Result fromFlags =
        explain(
            "--subject", "region=EU,age=30",
            "--consent", "marketing.email=given@2026-01-01T00:00:00Z",
            "--category", "contact.email",
            "--purpose", "marketing.email",
            "--at", "2026-03-01T00:00:00Z");

    assertThat(fromJson.exit()).as(fromJson.err()).isZero();
    assertThat(fromJson.out()).isEqualTo(fromFlags.out()).startsWith("ALLOW contact.email");
  }

  @Test
  void explain_requestFromStdin_deniedExitsOne() {
    Cli.Result r =
        Cli.runWithInput(
            "{\"categories\": [\"contact.email\"], \"purpose\": \"marketing.email\","
                + " \"subject\": {\"region\": \"EU\", \"age\": 12}}",
            "explain",
            shop,
            "--request",
            "-",
            "--format",
            "json");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("\"outcome\" : \"DENY\"", "\"rule\" : \"shop.policy:22\"");
  }

  @Test
  void explain_requestWithMisspeltKey_oneLineDidYouMean_exitsTwo() {
    Cli.Result r =
        Cli.runWithInput(
            "{\"categories\": [\"contact.email\"], \"purpose\": \"fulfilment\", \"subjcet\": {}}",
            "explain",
            shop,
            "--request",
            "-");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly("error: <stdin>: unknown key 'subjcet'; did you mean 'subject'?");
  }

  @Test
  void explain_neitherFlagsNorRequest_oneLine_exitsTwo() {
    Cli.Result r = explain("--purpose", "fulfilment");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly(
            "error: give --category and --purpose, or the request as JSON with --request FILE");
  }
}
