package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Decision;
import dev.proviso.Outcome;
import dev.proviso.Policy;
import dev.proviso.Reason;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.diagnostics.Severity;
import dev.proviso.dsl.format.PolicyFormatter;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.RetentionDefinition;
import dev.proviso.model.RuleDefinition;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Language 1.1: stable rule names, {@code except}, P301 as a warning and strict compilation. */
class LanguageElevenTest {

  private static final String HEADER =
      """
      policy "t" version 1
      category contact { email, phone }
      category health sensitive
      category financial { invoice }
      purpose marketing { email, sms }
      purpose analytics
      purpose legal { tax }
      """;

  private static CompilationResult compile(String rules) {
    return PolicyCompiler.compileString("t.policy", HEADER + rules);
  }

  /** The codes reported, without the unused-declaration warnings the shared header causes. */
  private static java.util.List<DiagnosticCode> codes(CompilationResult result) {
    return result.diagnostics().stream()
        .map(Diagnostic::code)
        .filter(c -> c != DiagnosticCode.W401 && c != DiagnosticCode.W402)
        .toList();
  }

  private static Outcome decide(Policy policy, String category, String purpose) {
    return decide(policy, Subject.of("s1"), category, purpose, "2026-06-01T00:00:00Z");
  }

  private static Outcome decide(
      Policy policy, Subject subject, String category, String purpose, String at) {
    Request request =
        Request.builder(subject, policy.purpose(purpose))
            .category(policy.category(category))
            .at(Instant.parse(at))
            .build();
    return policy.decide(request).outcome();
  }

  @Test
  void compile_namedRule_usesTheNameAsIdAndKeepsTheLocation() {
    PolicyModel model =
        compile(
                """
                allow[email_marketing] contact.email for marketing.email
                allow contact for analytics
                retain[tax_invoices] financial.invoice for legal.tax 10 years after event.issued
                """)
            .modelOrThrow();

    RuleDefinition named = model.rules().get(0);
    assertThat(named.id()).isEqualTo("email_marketing");
    assertThat(named.location().fileAndLine()).isEqualTo("t.policy:8");
    assertThat(model.rules().get(1).id()).isEqualTo("t.policy:9");
    RetentionDefinition retention = model.retentions().get(0);
    assertThat(retention.id()).isEqualTo("tax_invoices");

    Policy policy = Policy.from(model);
    Request request =
        Request.builder(Subject.of("s1"), policy.purpose("marketing.email"))
            .category(policy.category("contact.email"))
            .at(Instant.parse("2026-06-01T00:00:00Z"))
            .build();
    Decision decision = policy.decide(request);
    assertThat(decision.ruleIds()).containsExactly("email_marketing");
    assertThat(decision.explanation().entries())
        .filteredOn(Reason.RuleMatched.class::isInstance)
        .map(r -> ((Reason.RuleMatched) r).location().fileAndLine())
        .containsExactly("t.policy:8");
  }

  @Test
  void compile_namedRuleAfterAnInsertedLine_keepsItsId() {
    String before = "allow[email_marketing] contact.email for marketing.email\n";
    String after = "allow contact for analytics\n" + before;

    assertThat(compile(before).modelOrThrow().rules().get(0).id()).isEqualTo("email_marketing");
    assertThat(compile(after).modelOrThrow().rules().get(1).id()).isEqualTo("email_marketing");
  }

  @Test
  void compile_duplicateRuleName_isP116AcrossRulesAndRetentions() {
    CompilationResult result =
        compile(
            """
            allow[a] contact for analytics
            regime eu {
              retain[a] financial.invoice for legal.tax 10 years after event.issued
            }
            """);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.P116);
    assertThat(result.model()).isEmpty();
  }

  @Test
  void decide_purposeExcept_coversEveryPurposeButTheExceptedSubtree() {
    Policy policy =
        Policy.from(
            compile("allow contact for any except legal\nallow financial for legal\n")
                .modelOrThrow());

    assertThat(decide(policy, "contact.email", "marketing.sms")).isEqualTo(Outcome.ALLOW);
    assertThat(decide(policy, "contact.email", "analytics")).isEqualTo(Outcome.ALLOW);
    assertThat(decide(policy, "contact.email", "legal")).isEqualTo(Outcome.DENY);
    assertThat(decide(policy, "contact.email", "legal.tax")).isEqualTo(Outcome.DENY);
  }

  @Test
  void decide_categoryExcept_allowDoesNotGrantTheWholeButDenyStillCoversIt() {
    Policy policy =
        Policy.from(
            compile(
                    """
                    allow contact except contact.email for marketing
                    allow any for analytics
                    deny contact except contact.phone for analytics
                    """)
                .modelOrThrow());

    assertThat(decide(policy, "contact.phone", "marketing")).isEqualTo(Outcome.ALLOW);
    assertThat(decide(policy, "contact.email", "marketing")).isEqualTo(Outcome.DENY);
    // all of contact would include the excepted email: the allow does not grant it
    assertThat(decide(policy, "contact", "marketing")).isEqualTo(Outcome.DENY);
    assertThat(decide(policy, "contact.phone", "analytics")).isEqualTo(Outcome.ALLOW);
    assertThat(decide(policy, "contact.email", "analytics")).isEqualTo(Outcome.DENY);
    // all of contact would reveal the email: the deny covers it
    assertThat(decide(policy, "contact", "analytics")).isEqualTo(Outcome.DENY);
  }

  @Test
  void compile_exceptOutsideTheSelection_isP117() {
    assertThat(compile("allow contact except health for analytics\n").diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.P117);
    assertThat(compile("allow contact for marketing except marketing\n").diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.P117);
    assertThat(compile("allow contact except contact.emial for analytics\n").diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.P101);
  }

  @Test
  void compile_allowUnderABroaderDeny_warnsP301AndStillLoads() {
    CompilationResult result =
        compile("allow[promo] health for marketing\ndeny[no_health] health for any\n");

    assertThat(codes(result)).containsExactly(DiagnosticCode.P301);
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.P301)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.P301);
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.message()).contains("'promo'", "'no_health'", "t.policy:9:1");
            });
    assertThat(result.model()).isPresent();
    assertThat(decide(Policy.from(result.model().get()), "health", "marketing"))
        .isEqualTo(Outcome.DENY);
  }

  @Test
  void strict_warnings_becomeErrorsAndNoModel() {
    CompilationResult strict =
        compile("allow health for marketing\ndeny health for any\n").strict();

    assertThat(strict.hasErrors()).isTrue();
    assertThat(strict.model()).isEmpty();
    assertThat(strict.render()).contains("error[P301]");
    String clean =
        "policy \"c\" version 1\ncategory contact\npurpose analytics\n"
            + "allow contact for analytics\n";
    assertThat(PolicyCompiler.compileString("c.policy", clean).strict().model()).isPresent();
  }

  @Test
  void deny_exceptLeavingPartOfTheAllowFree_isNoP301() {
    assertThat(
            codes(
                compile(
                    "allow contact for marketing\ndeny contact except contact.email for any\n")))
        .isEmpty();
  }

  @Test
  void format_namesAndExceptions_roundTrip() {
    String text =
        HEADER
            + "allow[email_marketing] contact except contact.phone for any except legal, analytics\n"
            + "advisory deny[watch] health for marketing\n"
            + "require[consented] consent(marketing) to use contact.email for marketing\n"
            + "retain[tax] financial for legal.tax 10 years after event.issued\n";
    String formatted = PolicyFormatter.format("t.policy", text);

    assertThat(formatted)
        .contains(
            "allow[email_marketing] contact except contact.phone for any except legal, analytics",
            "advisory deny[watch] health for marketing",
            "require[consented] consent(marketing) to use contact.email for marketing",
            "retain[tax] financial for legal.tax ");
    assertThat(PolicyFormatter.format("t.policy", formatted)).isEqualTo(formatted);
    assertThat(PolicyCompiler.compileString("t.policy", formatted).hasErrors()).isFalse();
  }

  @Test
  void decide_birthDatePlusSixteenYearsBeforeNow_allowsOnlyFromTheSixteenthBirthday() {
    String text =
        "policy \"n\" version 1\nsubject { birth_date: instant }\ncategory contact\n"
            + "purpose marketing\n"
            + "allow contact for marketing when subject.birth_date + 16 years <= now\n";
    PolicyModel model = PolicyCompiler.compileString("n.policy", text).modelOrThrow();
    Policy policy = Policy.from(model);
    Subject subject =
        Subject.builder("s1").set("birth_date", Instant.parse("2010-06-01T00:00:00Z")).build();

    assertThat(decide(policy, subject, "contact", "marketing", "2026-05-31T23:59:59Z"))
        .isEqualTo(Outcome.DENY);
    assertThat(decide(policy, subject, "contact", "marketing", "2026-06-01T00:00:00Z"))
        .isEqualTo(Outcome.ALLOW);
    assertThat(
            decide(policy, Subject.of("unknown"), "contact", "marketing", "2026-06-01T00:00:00Z"))
        .isEqualTo(Outcome.DENY);
    assertThat(PolicyFormatter.format("n.policy", text))
        .contains("when subject.birth_date + 16 years <= now");
  }
}
