package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Decision;
import dev.proviso.Obligation;
import dev.proviso.Outcome;
import dev.proviso.Policy;
import dev.proviso.Reason;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.format.PolicyFormatter;
import dev.proviso.model.Effect;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.RetentionDefinition;
import dev.proviso.model.RuleDefinition;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Obligation arguments, oblige rules and conditional retention, from text to decision. */
class ObligeAndRetainWhenTest {

  private static final String HEADER =
      """
      policy "t" version 1
      subject { region: text }
      context { channel: text }
      category contact { email, phone, postal }
      category financial { invoice }
      purpose marketing { email }
      purpose analytics
      purpose legal { tax }
      """;

  private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

  private static Policy policy(String rules) {
    CompilationResult result = PolicyCompiler.compileString("t.policy", HEADER + rules);
    assertThat(result.hasErrors()).as(result.render()).isFalse();
    return Policy.from(result.modelOrThrow());
  }

  private static Decision decide(Policy policy, Subject subject, String category, String purpose) {
    return decide(policy, subject, category, purpose, ConsentView.NONE);
  }

  private static Decision decide(
      Policy policy, Subject subject, String category, String purpose, ConsentView view) {
    Request request =
        Request.builder(subject, policy.purpose(purpose))
            .category(policy.category(category))
            .at(AT)
            .event("invoice_issued", Instant.parse("2026-01-01T00:00:00Z"))
            .build();
    return policy.decide(request, view);
  }

  @Test
  void compile_obligationArguments_lowerToTaggedAuditMaskMethodAndNotifyChannel() {
    Policy policy =
        policy(
            """
            allow contact for marketing with audit("ccpa_disclosure"), mask(contact.phone, redact), notify("we used your address", "email")
            """);

    RuleDefinition rule = policy.model().rules().get(0);
    assertThat(rule.obligations())
        .containsExactly(
            new ObligationDefinition.Audit(Optional.of("ccpa_disclosure")),
            new ObligationDefinition.Mask("contact.phone", Optional.of("redact")),
            new ObligationDefinition.Notify("we used your address", Optional.of("email")));
    assertThat(decide(policy, Subject.of("s1"), "contact.email", "marketing").obligations())
        .containsExactly(
            Obligation.Audit.tagged("ccpa_disclosure"),
            new Obligation.Mask("contact.phone", Optional.of("redact")),
            new Obligation.Notify("we used your address", Optional.of("email")));
  }

  @Test
  void compile_unknownMaskMethod_isP208WithDidYouMean() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "t.policy", HEADER + "allow contact for marketing with mask(contact.phone, redcat)\n");

    assertThat(result.render())
        .contains("error[P208]: unknown mask method 'redcat'")
        .contains("help: did you mean 'redact'?");
    assertThat(result.model()).isEmpty();
  }

  @Test
  void compile_auditWithANameInsteadOfATag_isP208() {
    CompilationResult result =
        PolicyCompiler.compileString(
            "t.policy", HEADER + "allow contact for marketing with audit(ccpa)\n");

    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .contains("audit(...) takes a quoted tag such as \"ccpa_disclosure\", not 'ccpa'");
  }

  @Test
  void decide_obligeRuleOnAnAllowedUse_addsItsObligationsAndKeepsTheAllowsRuleIds() {
    Policy policy =
        policy(
            """
            allow[base] contact for marketing
            regime ccpa applies when subject.region == "US-CA" {
              oblige[ccpa_audit] contact for marketing with audit("ccpa_disclosure")
            }
            """);

    Decision californian =
        decide(
            policy, Subject.builder("s1").set("region", "US-CA").build(), "contact", "marketing");
    Decision other =
        decide(policy, Subject.builder("s2").set("region", "EU").build(), "contact", "marketing");

    assertThat(californian.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(californian.obligations())
        .containsExactly(Obligation.Audit.tagged("ccpa_disclosure"));
    assertThat(californian.ruleIds()).containsExactly("base");
    assertThat(californian.explanation().lines())
        .contains(
            "  oblige by ccpa_audit (regime ccpa): oblige contact for marketing with"
                + " audit(\"ccpa_disclosure\")");
    assertThat(other.obligations()).isEmpty();
  }

  @Test
  void decide_obligeRuleWithoutAnAllow_grantsNothing() {
    Policy policy =
        policy(
            """
            allow contact.email for marketing
            oblige contact for any with audit("seen")
            deny contact.email for marketing.email
            """);

    Decision phone = decide(policy, Subject.of("s1"), "contact.phone", "marketing");
    Decision denied = decide(policy, Subject.of("s1"), "contact.email", "marketing.email");
    Decision allowed = decide(policy, Subject.of("s1"), "contact.email", "marketing");

    assertThat(phone.outcome()).isEqualTo(Outcome.DENY);
    assertThat(phone.explanation().entries()).hasOnlyElementsOfType(Reason.NoAllow.class);
    assertThat(denied.outcome()).isEqualTo(Outcome.DENY);
    assertThat(denied.obligations()).isEmpty();
    assertThat(allowed.obligations()).containsExactly(Obligation.Audit.tagged("seen"));
  }

  @Test
  void decide_obligeRuleOnAChildCategory_reachesARequestForTheParent() {
    Policy policy =
        policy(
            """
            allow contact for analytics
            oblige contact.phone for analytics with mask(contact.phone, truncate)
            """);

    assertThat(decide(policy, Subject.of("s1"), "contact", "analytics").obligations())
        .containsExactly(new Obligation.Mask("contact.phone", Optional.of("truncate")));
  }

  @Test
  void compile_obligeRuleWithoutObligationsOrAdvisory_isP305() {
    CompilationResult bare =
        PolicyCompiler.compileString(
            "t.policy", HEADER + "allow contact for marketing\noblige contact for marketing\n");
    CompilationResult advisory =
        PolicyCompiler.compileString(
            "t.policy",
            HEADER
                + "allow contact for marketing\nadvisory oblige contact for marketing with audit\n");

    assertThat(bare.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.P305)
        .extracting(Diagnostic::message)
        .containsExactly("an oblige rule without obligations does nothing");
    assertThat(advisory.diagnostics())
        .filteredOn(d -> d.code() == DiagnosticCode.P305)
        .extracting(Diagnostic::message)
        .containsExactly("an oblige rule cannot be advisory");
  }

  @Test
  void compile_retainWhen_lowersTheConditionAndKeepsOnlyWhenItHolds() {
    Policy policy =
        policy(
            """
            allow financial for legal
            retain[eu_invoices] financial.invoice for legal.tax 10 years after event.invoice_issued when subject.region == "EU" because "EU invoices"
            """);
    ConsentView erased = erasureRequested();

    RetentionDefinition retention = policy.model().retentions().get(0);
    Decision eu =
        decide(
            policy,
            Subject.builder("s1").set("region", "EU").build(),
            "financial.invoice",
            "legal.tax",
            erased);
    Decision us =
        decide(
            policy,
            Subject.builder("s2").set("region", "US").build(),
            "financial.invoice",
            "legal.tax",
            erased);
    Decision unknown = decide(policy, Subject.of("s3"), "financial.invoice", "legal.tax", erased);

    assertThat(retention.when()).isPresent();
    assertThat(eu.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(us.outcome()).isEqualTo(Outcome.DENY);
    assertThat(unknown.outcome()).isEqualTo(Outcome.DENY);
    assertThat(unknown.explanation().lines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("condition subject.region of eu_invoices could not be evaluated")
                    .contains("failed closed (the retention does not keep it)"));
  }

  @Test
  void format_obligeAndRetainWhen_roundTrip() {
    String text =
        HEADER
            + """
            allow contact for marketing
            oblige[tagged] contact for marketing when context.channel == "web" with audit("x"), mask(contact.phone)
            retain financial.invoice for legal.tax 10 years after event.invoice_issued when subject.region == "EU"
            """;

    String formatted = PolicyFormatter.format("t.policy", text);

    assertThat(formatted)
        .contains(
            """
            oblige[tagged] contact for marketing
              when context.channel == "web"
              with audit("x"), mask(contact.phone)
            retain financial.invoice for legal.tax 10 years after event.invoice_issued
              when subject.region == "EU"
            """);
    assertThat(PolicyFormatter.format("t.policy", formatted)).isEqualTo(formatted);
    assertThat(PolicyCompiler.compileString("t.policy", formatted).modelOrThrow().rules())
        .extracting(RuleDefinition::effect)
        .containsExactly(Effect.ALLOW, Effect.OBLIGE);
  }

  private static ConsentView erasureRequested() {
    return new ConsentView() {
      @Override
      public ConsentState consent(String subjectId, String purpose, Instant at) {
        return ConsentState.UNKNOWN;
      }

      @Override
      public boolean optedOut(String subjectId, String name, Instant at) {
        return false;
      }

      @Override
      public boolean erasureRequested(String subjectId, Instant at) {
        return true;
      }
    };
  }
}
