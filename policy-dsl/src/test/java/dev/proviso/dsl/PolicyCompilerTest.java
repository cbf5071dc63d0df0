package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.model.Condition;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.RuleDefinition;
import dev.proviso.model.TestStep;
import dev.proviso.model.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCompilerTest {

  private static final String HEADER =
      """
      policy "t" version 7
      subject { region: text, age: number, identified: bool, tags: list of text }
      context { offer: text }
      category contact provided { email, phone }
      category health sensitive { condition }
      purpose marketing { email, retargeting }
      purpose care
      """;

  private static PolicyModel compile(String rules) {
    return PolicyCompiler.compileString("t.policy", HEADER + rules).modelOrThrow();
  }

  private static List<DiagnosticCode> codes(String rules) {
    return PolicyCompiler.compileString("t.policy", HEADER + rules).diagnostics().stream()
        .map(Diagnostic::code)
        .toList();
  }

  @Test
  void compileString_conditions_lowerToCoreConditionsAndValues() {
    PolicyModel model =
        compile(
            """
            allow contact, health for care
            deny behavior_free_rule_placeholder for marketing
            """
                    .replace("deny behavior_free_rule_placeholder for marketing\n", "")
                + "deny contact for marketing.retargeting when elapsed(event.visit) < 24h"
                + " or not subject.identified and \"vip\" in subject.tags\n");

    RuleDefinition deny = model.rules().get(1);
    assertThat(deny.when())
        .contains(
            new Condition.Or(
                List.of(
                    new Condition.Compare(
                        new Value.Elapsed("visit"),
                        Condition.Operator.LT,
                        new Value.DurationLiteral(new PolicyDuration(24, ChronoUnit.HOURS))),
                    new Condition.And(
                        List.of(
                            new Condition.Not(
                                new Condition.IsTrue(
                                    new Value.Attribute(Value.Scope.SUBJECT, "identified"))),
                            new Condition.In(
                                new Value.Text("vip"),
                                new Value.Attribute(Value.Scope.SUBJECT, "tags")))))));
  }

  @Test
  void compileString_obligations_lowerWithShiftedInstant() {
    PolicyModel model =
        compile(
            "allow contact, health for care\n"
                + "allow contact.email for marketing when consent(marketing) with mask(contact.phone),"
                + " pseudonymize(contact), not_before(event.visit + 2 weeks), audit, notify(\"hi\")\n");

    assertThat(model.rules().get(1).obligations())
        .containsExactly(
            new ObligationDefinition.Mask("contact.phone"),
            new ObligationDefinition.Pseudonymize("contact"),
            new ObligationDefinition.NotBefore(
                new Value.Shifted(
                    new Value.Attribute(Value.Scope.EVENT, "visit"),
                    new PolicyDuration(2, ChronoUnit.WEEKS))),
            new ObligationDefinition.Audit(),
            new ObligationDefinition.Notify("hi"));
  }

  @Test
  void compileString_testBlock_lowersEveryStepKind() {
    PolicyModel model =
        compile(
            """
            allow contact, health for care
            deny contact for marketing when opted_out(sale) or elapsed(event.visit) < 1h
            test "all steps" at 2026-05-01 {
              subject { region: "EU", age: 30, identified: true, tags: ["a"] }
              given consent(marketing) at 2026-01-01T00:00:00Z until 2027-01-01T00:00:00Z
              given withdrawn(marketing) at 2026-02-01T00:00:00Z
              given opted_out(sale) at 2026-01-01T00:00:00Z
              given opted_in(sale) at 2026-01-02T00:00:00Z
              given event.visit at 2026-01-03T00:00:00Z
              given context.offer = "10%"
              given erasure at 2026-04-01T00:00:00Z
              expect allow contact for care at 2026-04-02T00:00:00Z with audit
            }
            """);

    var test = model.tests().get(0);
    assertThat(test.now()).contains(Instant.parse("2026-05-01T00:00:00Z"));
    assertThat(test.subject())
        .isEqualTo(Map.of("region", "EU", "age", 30.0, "identified", true, "tags", List.of("a")));
    assertThat(test.steps())
        .extracting(s -> s.getClass().getSimpleName())
        .containsExactly(
            "GivenConsent",
            "GivenConsent",
            "GivenOptOut",
            "GivenOptOut",
            "GivenEvent",
            "GivenContext",
            "GivenErasure",
            "Expect");
    assertThat(((TestStep.GivenConsent) test.steps().get(0)).expires())
        .contains(Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(((TestStep.GivenConsent) test.steps().get(1)).granted()).isFalse();
  }

  /** main.policy imports law/gdpr.policy, which may import the third file. */
  private static CompilationResult compileImportingLaw(String law, String thirdName, String third) {
    return PolicyCompiler.compileSources(
        "main.policy",
        Map.of(
            "main.policy",
            HEADER + "import \"law/gdpr.policy\"\nallow contact, health for care, marketing\n",
            "law/gdpr.policy",
            law,
            thirdName,
            third));
  }

  @Test
  void compileSources_regimeSplitAcrossFiles_mergesWithOneCondition() {
    CompilationResult result =
        compileImportingLaw(
            "import \"gdpr-extra.policy\"\n"
                + "regime gdpr applies when subject.region == \"EU\" {\n"
                + "  require consent(marketing) to use contact, health for marketing\n}\n",
            "law/gdpr-extra.policy",
            "regime gdpr {\n  deny health for marketing\n}\n");

    PolicyModel model = result.modelOrThrow();
    assertThat(result.diagnostics()).isEmpty();
    assertThat(model.regimes()).hasSize(1);
    assertThat(model.regimes().get(0).appliesWhen()).isPresent();
    assertThat(model.rules())
        .extracting(RuleDefinition::id)
        .containsExactly("main.policy:9", "law/gdpr.policy:3", "law/gdpr-extra.policy:2");
    assertThat(model.rules().get(2).regime()).contains("gdpr");
  }

  @Test
  void compile_filesOnDisk_useDisplayNamesRelativeToTheRoot(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("law"));
    Files.writeString(
        dir.resolve("shop.policy"),
        HEADER + "import \"law/gdpr.policy\"\nallow contact, health for care, marketing\n");
    Files.writeString(
        dir.resolve("law/gdpr.policy"), "regime gdpr {\n  deny health for marketinq\n}\n");

    CompilationResult result = PolicyCompiler.compile(dir.resolve("shop.policy"));

    assertThat(result.diagnostics())
        .extracting(d -> d.code(), d -> d.span().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DiagnosticCode.P102, "law/gdpr.policy:2:19"));
    assertThatThrownBy(result::modelOrThrow)
        .isInstanceOf(PolicyCompilationException.class)
        .hasMessageContaining("did you mean 'marketing'?")
        .hasMessageContaining("2 |   deny health for marketinq");
  }

  @Test
  void compile_missingRootFile_reportsInsteadOfThrowing(@TempDir Path dir) {
    CompilationResult result = PolicyCompiler.compile(dir.resolve("nope.policy"));

    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.P121);
    assertThat(result.model()).isEmpty();
  }

  @Test
  void compileString_contentHash_isSha256OfTheSource() throws Exception {
    String text = HEADER + "allow contact, health for care, marketing\n";
    var digest = java.security.MessageDigest.getInstance("SHA-256");
    String expected =
        java.util.HexFormat.of()
            .formatHex(digest.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    assertThat(PolicyCompiler.compileString("t.policy", text).modelOrThrow().contentHash())
        .isEqualTo(expected);
  }

  @Test
  void compileString_warningsOnly_stillYieldAPolicy() {
    CompilationResult result =
        PolicyCompiler.compileString("t.policy", HEADER + "allow contact for care, marketing\n");

    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.W401);
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.model()).isPresent();
  }

  @Test
  void compileString_overriddenAllow_isFlaggedOnlyForSameOrWiderScope() {
    assertThat(
            codes(
                "allow health for care\nallow contact for care, marketing\ndeny contact for any\n"))
        .containsExactly(DiagnosticCode.P301);
    assertThat(
            codes(
                "allow health for care\nallow contact for care, marketing\n"
                    + "regime eu applies when subject.region == \"EU\" {\n"
                    + "  deny contact for any\n}\n"))
        .isEmpty();
    assertThat(
            codes(
                "allow health for care\nallow contact for care, marketing\n"
                    + "deny contact for any when subject.age < 16\n"))
        .isEmpty();
  }

  @Test
  void compileString_sensitiveForMarketing_warnsUnlessConsentIsRequired() {
    assertThat(codes("allow contact, health for care, marketing\n"))
        .containsExactly(DiagnosticCode.W403);
    assertThat(
            codes(
                "allow contact, health for care, marketing\n"
                    + "require consent(marketing) to use health for marketing\n"))
        .isEmpty();
    assertThat(
            codes(
                "allow contact, health for care\nallow health for marketing when consent(marketing)\n"))
        .doesNotContain(DiagnosticCode.W403);
  }

  @Test
  void compileString_syntaxErrors_areReportedOncePerBrokenStatementWithoutInventedInput() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "t.policy",
            HEADER
                + "allow contact for\n"
                + "allow contact, health for care, marketing\n"
                + "deny contact marketing\n"
                + "regime r {\n  deny contact for marketing when\n  deny health for marketing\n}\n");

    assertThat(result.diagnostics())
        .extracting(d -> d.span().line() + ": " + d.message())
        .containsExactly(
            "9: expected a purpose or 'any', found 'allow'",
            "10: expected 'for', found 'marketing'",
            "13: expected a condition, found 'deny'");
  }

  @Test
  void compileString_statementCutOffByTheEndOfTheFile_pointsJustAfterItsLastWord() {
    CompilationResult result =
        PolicyCompiler.compileString("t.policy", HEADER + "allow contact for\n");

    assertThat(result.render())
        .isEqualTo(
            """
            t.policy:8:18: error[P001]: expected a purpose or 'any', found the end of the file
              |
            8 | allow contact for
              |                  ^
            """);
  }

  @Test
  void compileSources_importWithDotDot_resolvesAgainstTheImportingFile() {
    CompilationResult result =
        compileImportingLaw(
            "import \"../shared/consent.policy\"\n",
            "shared/consent.policy",
            "require consent(marketing) to use contact, health for marketing\n");

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.modelOrThrow().rules())
        .extracting(RuleDefinition::id)
        .containsExactly("main.policy:9", "shared/consent.policy:1");
  }

  @Test
  void compileString_datesAndDurations_acceptTheDocumentedSpellings() {
    PolicyModel model =
        compile(
            "allow contact, health for care, marketing when consent(marketing)\n"
                + "retain contact for care 1 year after event.order\n"
                + "retain health for care 90s after event.order\n"
                + "test \"t\" at 2026-01-01 {\n  expect allow contact for care\n}\n");

    assertThat(model.retentions())
        .extracting(r -> r.period().toString())
        .containsExactly("1 year", "90s");
    assertThat(model.tests().get(0).now()).contains(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(model.retentions().get(0).regime()).isEqualTo(Optional.empty());
  }
}
