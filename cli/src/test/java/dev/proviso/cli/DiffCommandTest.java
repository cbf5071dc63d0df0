package dev.proviso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  @TempDir Path dir;

  private Cli.Result diff(String before, String after, Object... extra) {
    Path old = Cli.write(dir, "old/shop.policy", before);
    Path now = Cli.write(dir, "new/shop.policy", after);
    Object[] args = new Object[extra.length + 3];
    args[0] = "diff";
    args[1] = old;
    args[2] = now;
    System.arraycopy(extra, 0, args, 3, extra.length);
    return Cli.run(args);
  }

  @Test
  void diff_reorderedAndReformatted_noSemanticChange_exitsZero() {
    String shuffled =
        Fixtures.SHOP.replace(
            "allow contact for fulfilment\nallow contact.email for marketing.email with audit",
            "allow   contact.email for marketing.email   with audit\n\n\n# moved\nallow contact for fulfilment");
    Cli.Result r = diff(Fixtures.SHOP, shuffled);
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).startsWith("no semantic change between");
  }

  @Test
  void diff_newAllow_opensTheUseForEverySubject_withTheAddedRule() {
    String after =
        Fixtures.SHOP.replace(
            "allow behavior for analytics",
            "allow contact.phone for analytics\nallow behavior for analytics");
    Cli.Result r = diff(Fixtures.SHOP, after);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("+ opens  for every subject")
        .contains("contact.phone for analytics")
        .contains("before: deny by default")
        .contains("after:  allow")
        .contains("+ shop.policy:16  allow contact.phone for analytics");
  }

  @Test
  void diff_raisedAgeLimit_narrowsUnderGdprOnly_withResidualConditions() {
    String after = Fixtures.SHOP.replace("subject.age < 16", "subject.age < 18");
    Cli.Result r = diff(Fixtures.SHOP, after);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("~ narrows  under gdpr (subject.region in [\"EU\", \"EEA\"])")
        .contains("before: allow when consent(marketing.email) and subject.age >= 16 with audit")
        .contains("after:  allow when consent(marketing.email) and subject.age >= 18 with audit")
        .contains("- shop.policy:22  [gdpr] deny any for marketing when subject.age < 16")
        .contains("+ shop.policy:22  [gdpr] deny any for marketing when subject.age < 18")
        .doesNotContain("outside gdpr");
  }

  @Test
  void diff_removedAllow_closesTheUse() {
    String after =
        Fixtures.SHOP.replace("allow behavior for analytics with pseudonymize(contact)\n", "");
    Cli.Result r = diff(Fixtures.SHOP, after);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("- closes  for every subject")
        .contains("behavior (and below) for analytics")
        .contains("before: allow with pseudonymize(contact)")
        .contains("after:  deny by default")
        .contains("- shop.policy:16  allow behavior for analytics with pseudonymize(contact)");
  }

  @Test
  void diff_changedObligation_isReported() {
    String after = Fixtures.SHOP.replace("with pseudonymize(contact)", "with mask(contact)");
    Cli.Result r = diff(Fixtures.SHOP, after);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("~ changes obligations  for every subject", "after:  allow with mask(contact)");
  }

  @Test
  void diff_regimeApplicabilityChange_isReported() {
    String after = Fixtures.SHOP.replace("[\"EU\", \"EEA\"]", "[\"EU\", \"EEA\", \"UK\"]");
    Cli.Result r = diff(Fixtures.SHOP, after);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains(
            "regime gdpr: applies when subject.region in [\"EU\", \"EEA\", \"UK\"] (was: applies when");
  }

  @Test
  void diff_markdown_isATableForPullRequests() {
    String after = Fixtures.SHOP.replace("subject.age < 16", "subject.age < 18");
    Cli.Result r = diff(Fixtures.SHOP, after, "--format", "markdown");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("| change | uses | scope | before | after | rules |", "| ~ narrows |");
  }

  @Test
  void diff_json_listsEveryChangedUse() throws Exception {
    String after = Fixtures.SHOP.replace("subject.age < 16", "subject.age < 18");
    Cli.Result r = diff(Fixtures.SHOP, after, "--format", "json");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("changed").asBoolean()).isTrue();
    JsonNode first = json.get("changes").get(0);
    assertThat(first.get("kind").asText()).isEqualTo("narrows");
    assertThat(first.get("regime").asText()).isEqualTo("gdpr");
    assertThat(first.get("after").get("condition").asText()).contains("subject.age >= 18");
    assertThat(first.get("addedRules").get(0).get("id").asText()).isEqualTo("shop.policy:22");
  }

  @Test
  void diff_newVersionDoesNotCompile_oneLine_exitsTwo() {
    Cli.Result r = diff(Fixtures.SHOP, Fixtures.BROKEN);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("error: shop.policy:14:");
  }

  @Test
  void diff_missingArgument_oneLine_exitsTwo() {
    Cli.Result r = Cli.run("diff", Cli.write(dir, "shop.policy", Fixtures.SHOP));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).contains("NEW");
  }

  @Test
  void diff_loweredAgeLimit_widens() {
    String after = Fixtures.SHOP.replace("subject.age < 16", "subject.age < 13");
    Cli.Result r = diff(Fixtures.SHOP, after);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("~ widens  under gdpr").doesNotContain("narrows");
  }

  @Test
  void diff_differentConditionNeitherWiderNorNarrower_changesCondition() {
    String after =
        Fixtures.SHOP.replace(
            "require consent(marketing.email) to use", "require subject.identified to use");
    Cli.Result r = diff(Fixtures.SHOP, after);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("~ changes condition  under gdpr")
        .contains("after:  allow when subject.identified and subject.age >= 16 with audit");
  }

  @Test
  void diff_newAdvisoryRule_changesAdviceOnly() {
    String after =
        Fixtures.SHOP.replace(
            "regime brand {",
            "regime brand {\n  advisory deny behavior for analytics because \"review analytics\"");
    Cli.Result r = diff(Fixtures.SHOP, after);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("~ changes advice  for every subject")
        .contains("+ shop.policy:30  [brand] advisory deny behavior for analytics");
  }

  @Test
  void diff_categoryMovedInTheTree_noRuleEdited_showsTheCoveringRules() {
    String after =
        Fixtures.SHOP
            .replace(
                "category contact provided { email, phone }", "category contact provided { email }")
            .replace(
                "category behavior observed { purchases, cart }",
                "category behavior observed { purchases, cart, phone }");
    Cli.Result r = diff(Fixtures.SHOP, after);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("- closes  for every subject", "contact.phone for fulfilment")
        .contains(
            "before: allow",
            "after:  not declared",
            "was shop.policy:14  allow contact for fulfilment")
        .contains("+ opens  for every subject", "behavior.phone for analytics")
        .contains("now shop.policy:16  allow behavior for analytics with pseudonymize(contact)");
  }

  @Test
  void diff_gitRevision_comparesWithTheCommittedPolicyAndItsImports() throws Exception {
    int start = Fixtures.SHOP.indexOf("regime gdpr");
    int end = Fixtures.SHOP.indexOf("regime ccpa");
    String root =
        Fixtures.SHOP
                .substring(0, start)
                .replace("version 3\n", "version 3\nimport \"law/gdpr.policy\"\n")
            + Fixtures.SHOP.substring(end);
    Path repo = dir.resolve("repo");
    Cli.write(repo, "policies/shop.policy", root);
    Cli.write(repo, "policies/law/gdpr.policy", Fixtures.SHOP.substring(start, end));
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "policy");
    Path gdpr =
        Cli.write(
            repo,
            "policies/law/gdpr.policy",
            Fixtures.SHOP.substring(start, end).replace("age < 16", "age < 18"));

    Cli.Result r =
        Cli.run(
            "diff", "-C", repo, "HEAD:policies/shop.policy", repo.resolve("policies/shop.policy"));

    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.out())
        .startsWith("HEAD:policies/shop.policy -> ")
        .contains("~ narrows  under gdpr")
        .contains("+ law/gdpr.policy:4  [gdpr] deny any for marketing when subject.age < 18");
    assertThat(gdpr).exists();
  }

  @Test
  void diff_unknownGitRevision_oneLine_exitsTwo() throws Exception {
    Path repo = dir.resolve("repo");
    Path shop = Cli.write(repo, "shop.policy", Fixtures.SHOP);
    git(repo, "init", "-q");
    Cli.Result r = Cli.run("diff", "-C", repo, "nope:shop.policy", shop);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("error: git ").contains("nope");
  }

  private static void git(Path repo, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).inheritIO().start();
    assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
  }
}
