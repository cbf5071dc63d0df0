package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Reason;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.InMemoryConsentLedger;
import dev.proviso.dsl.format.PolicyFormatter;
import dev.proviso.erasure.InMemoryErasureJournal;
import dev.proviso.model.Condition;
import dev.proviso.model.ConsentDefinition;
import dev.proviso.model.PolicyModel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Consents declared by name, from the policy text to a decision against a ledger. */
class ConsentKindsTest {
  private static final String POLICY =
      """
      policy "kinds" version 1
      subject { age: number }
      category contact { email }
      category health sensitive { condition }
      purpose marketing { email }
      purpose analytics
      consent newsletter for marketing.email valid 24 months
      consent explicit_health for marketing, analytics explicit
      consent parental_marketing for marketing given by guardian
      allow contact.email for marketing.email
      require consent(newsletter) to use contact.email for marketing.email
      deny contact for marketing when subject.age < 16 unless consent(parental_marketing)
      allow health for analytics when consent(explicit_health)
      """;

  private static final Instant T0 = Instant.parse("2026-01-31T00:00:00Z");

  private final InMemoryConsentLedger ledger = new InMemoryConsentLedger();
  private final Policy policy = Policy.from(model());

  private static PolicyModel model() {
    CompilationResult result = PolicyCompiler.compileString("kinds.policy", POLICY);
    assertThat(result.render()).isEmpty();
    return result.modelOrThrow();
  }

  private Decision email(Subject subject, Instant at) {
    Request request =
        Request.builder(subject, policy.purpose("marketing.email"))
            .category(policy.category("contact.email"))
            .at(at)
            .build();
    return policy.decide(request, ledger.view(new InMemoryErasureJournal()));
  }

  private void record(ConsentEventKind kind, String consent, Instant at) {
    ledger.append(ConsentEvent.forConsent("cust-1", kind, consent, at, "web-form", "kinds v1"));
  }

  private static Subject adult() {
    return Subject.builder("cust-1").set("age", 30).build();
  }

  @Test
  void compile_consentDeclarations_lowerToDefinitionsAndKindConditions() {
    PolicyModel model = model();
    ConsentDefinition newsletter = model.consent("newsletter").orElseThrow();
    assertThat(newsletter.purposes()).containsExactly("marketing.email");
    assertThat(newsletter.validity()).map(Object::toString).contains("24 months");
    assertThat(model.consent("explicit_health").orElseThrow().explicit()).isTrue();
    assertThat(model.consent("parental_marketing").orElseThrow().givenBy()).contains("guardian");
    assertThat(model.rules().get(1).unless()).contains(new Condition.ConsentKindGiven(newsletter));
  }

  @Test
  void decide_consentGivenThenWithdrawn_explainsTheStateAndSinceWhen() {
    record(ConsentEventKind.GIVEN, "newsletter", T0);
    assertThat(email(adult(), T0.plusSeconds(60)).allowed()).isTrue();

    Instant withdrawn = T0.plusSeconds(3600);
    record(ConsentEventKind.WITHDRAWN, "newsletter", withdrawn);
    Decision denied = email(adult(), withdrawn.plusSeconds(60));

    assertThat(denied.allowed()).isFalse();
    assertThat(denied.explanation().entries())
        .filteredOn(Reason.ConsentChecked.class::isInstance)
        .map(Reason.ConsentChecked.class::cast)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.consent()).isEqualTo("newsletter");
              assertThat(r.state()).isEqualTo(ConsentState.WITHDRAWN);
              assertThat(r.eventAt()).contains(withdrawn);
            });
    assertThat(denied.explanation().toString())
        .contains("consent(newsletter) of kinds.policy:11 is WITHDRAWN (since " + withdrawn + ")")
        .doesNotContain("cust-1");
  }

  @Test
  void decide_grantOlderThanTheDeclaredValidity_isExpiredOnTheCalendarDay() {
    record(ConsentEventKind.GIVEN, "newsletter", T0);
    Instant lapses = Instant.parse("2028-01-31T00:00:00Z");

    assertThat(email(adult(), lapses.minusSeconds(1)).allowed()).isTrue();
    Decision expired = email(adult(), lapses);

    assertThat(expired.allowed()).isFalse();
    assertThat(expired.explanation().toString())
        .contains("consent(newsletter) of kinds.policy:11 is EXPIRED (given " + T0 + ")");
  }

  @Test
  void decide_neverRecordedRefusedOrObjected_eachSaysWhich() {
    assertThat(email(adult(), T0).explanation().toString()).contains("is UNKNOWN (never recorded)");

    record(ConsentEventKind.REFUSED, "newsletter", T0);
    assertThat(email(adult(), T0.plusSeconds(1)).explanation().toString())
        .contains("is REFUSED (since " + T0 + ")");

    record(ConsentEventKind.GIVEN, "newsletter", T0.plusSeconds(10));
    record(
        ConsentEventKind.OBJECTED,
        "newsletter",
        T0.plusSeconds(10)); // same instant: objection wins
    assertThat(email(adult(), T0.plusSeconds(20)).explanation().toString())
        .contains("is OBJECTED (since " + T0.plusSeconds(10) + ")");
  }

  @Test
  void decide_purposeKeyedGrantForTheSamePurpose_doesNotCountForTheDeclaredConsent() {
    ledger.append(ConsentEvent.given("cust-1", "marketing.email", T0, "web-form", "kinds v1"));
    assertThat(email(adult(), T0.plusSeconds(1)).allowed()).isFalse();
  }

  @Test
  void decide_parentalConsent_countsOnlyWhenGivenByTheGuardian() {
    record(ConsentEventKind.GIVEN, "newsletter", T0);
    Subject child = Subject.builder("cust-1").set("age", 12).build();
    record(ConsentEventKind.GIVEN, "parental_marketing", T0); // the child's own opt-in
    assertThat(email(child, T0.plusSeconds(1)).allowed()).isFalse();

    ledger.append(
        ConsentEvent.forConsent(
                "cust-1", ConsentEventKind.GIVEN, "parental_marketing", T0, "form", "kinds v1")
            .givenBy("guardian"));
    assertThat(email(child, T0.plusSeconds(1)).allowed()).isTrue();
    assertThat(ledger.history("cust-1"))
        .anySatisfy(e -> assertThat(e.givenBy()).contains("guardian"));
  }

  @Test
  void format_consentDeclarations_roundTripWithCanonicalDurations() {
    String text =
        """
        policy "kinds" version 1
        purpose marketing { email }
        consent newsletter   for marketing.email valid 24 months
        consent quick for marketing valid 48 hours explicit given by guardian
        allow marketing for marketing when consent(newsletter) and consent(quick)
        """
            .replace("allow marketing", "category contact\nallow contact");
    String formatted = PolicyFormatter.format(text);
    assertThat(formatted)
        .contains("consent newsletter for marketing.email valid 24 months\n")
        .contains("consent quick for marketing valid 48h explicit given by guardian\n");
    assertThat(PolicyFormatter.format(formatted)).isEqualTo(formatted);
  }

  @Test
  void compile_consentMistakes_reportStableCodes() {
    String text =
        """
        policy "bad" version 1
        category contact
        purpose marketing { email }
        consent newsletter for marketing.email vaild 24 months
        consent news for marketing.email
        consent news for marketing
        consent marketing for marketing
        allow contact for marketing when consent(newsleter) and consent(news)
        """;
    List<String> codes =
        PolicyCompiler.compileString("bad.policy", text).diagnostics().stream()
            .map(d -> d.code().name() + " " + d.message())
            .toList();
    assertThat(codes)
        .contains(
            "P001 expected 'valid', 'explicit', 'given by' or the end of the line, found 'vaild'",
            "P118 consent 'news' is already declared at bad.policy:5:9",
            "P118 consent 'marketing' has the name of a purpose, so consent(marketing) would be"
                + " ambiguous",
            "P119 'newsleter' is neither a declared consent nor a purpose");
  }

  @Test
  void compile_consentLinesBetweenEveryKindOfStatement_parseWithoutDiagnostics() {
    String text =
        """
        policy "mixed" version 1
        consent a for marketing
        subject { age: number }
        consent b for marketing valid 12 months
        category contact { email }
        consent c for marketing explicit
        purpose marketing { email }
        consent d for marketing given by guardian
        allow contact for marketing when subject.age > 16 and consent(a)
        consent e for marketing.email
        allow contact.email for marketing.email with audit
        consent f for marketing valid 30d explicit given by guardian
        deny contact for marketing unless consent(b) because "no"
        consent g for marketing
        retain contact for marketing 30 days after event.signup
        consent h for marketing
        regime eu applies when subject.age > 0 {
          require consent(c) to use contact for marketing
        }
        consent i for marketing
        test "t" {
          subject { age: 30 }
          expect deny contact for marketing
        }
        consent j for marketing
        """;
    CompilationResult result = PolicyCompiler.compileString("mixed.policy", text);
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().name().startsWith("P"))
        .as(result.render())
        .isEmpty();
    assertThat(result.modelOrThrow().consents())
        .extracting(ConsentDefinition::name)
        .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    assertThat(result.modelOrThrow().rules()).hasSize(4);
    assertThat(result.modelOrThrow().consent("f").orElseThrow().toString())
        .isEqualTo("consent f for marketing valid 30d explicit given by guardian");
  }

  @Test
  void compile_clauseWordsAsNames_stayOrdinaryNames() {
    String text =
        """
        policy "words" version 1
        category valid { explicit }
        purpose by
        consent consent for by valid 1 year
        allow valid.explicit for by when consent(consent)
        """;
    CompilationResult result = PolicyCompiler.compileString("words.policy", text);
    assertThat(result.render()).isEmpty();
    assertThat(result.modelOrThrow().consent("consent").orElseThrow().purposes())
        .containsExactly("by");
  }

  @Test
  void compile_brokenClauses_reportWhatIsMissingAndKeepTheNextStatement() {
    String text =
        """
        policy "bad" version 1
        category contact
        purpose marketing
        consent a for marketing valid
        consent b for marketing given guardian
        consent c for marketing explicit valid 1 year
        consent d for marketing given by
        allow contact for marketing
        """;
    CompilationResult result = PolicyCompiler.compileString("bad.policy", text);
    assertThat(result.diagnostics())
        .extracting(d -> d.span().line() + " " + d.message())
        .containsExactly(
            "4 'valid' needs a duration",
            "5 expected 'by' after 'given'",
            "6 'valid' is out of place in this consent declaration",
            "7 'given by' needs a role");
  }

  @Test
  void compile_sensitiveForMarketingUnderAnExplicitDeclaredConsent_noW403() {
    String base =
        """
        policy "w403" version 1
        category health sensitive
        purpose marketing
        consent health_offers for marketing%s
        allow health for marketing when consent(health_offers)
        """;
    assertThat(PolicyCompiler.compileString("w.policy", base.formatted(" explicit")).render())
        .isEmpty();
    assertThat(PolicyCompiler.compileString("w.policy", base.formatted("")).render())
        .contains("warning[W403]")
        .contains("consent health_offers is not explicit");
  }

  @Test
  void compile_testStepsForDeclaredConsents_lowerWithKindAndGiver() {
    String text =
        POLICY
            + """
            test "steps" {
              subject { age: 12 }
              given consent(parental_marketing) by guardian at 2026-01-01T00:00:00Z
              given refused(newsletter) at 2026-01-02T00:00:00Z
              given objected(marketing.email) at 2026-01-03T00:00:00Z
              expect deny contact.email for marketing.email at 2026-01-04T00:00:00Z
            }
            """;
    CompilationResult result = PolicyCompiler.compileString("kinds.policy", text);
    assertThat(result.render()).isEmpty();
    assertThat(result.modelOrThrow().tests().get(0).steps())
        .filteredOn(dev.proviso.model.TestStep.GivenConsent.class::isInstance)
        .map(dev.proviso.model.TestStep.GivenConsent.class::cast)
        .extracting(g -> g.kind() + " " + g.purpose() + " " + g.declared() + " " + g.givenBy())
        .containsExactly(
            "GIVEN parental_marketing true Optional[guardian]",
            "REFUSED newsletter true Optional.empty",
            "OBJECTED marketing.email false Optional.empty");
    assertThat(PolicyFormatter.format(text))
        .contains("  given consent(parental_marketing) by guardian at 2026-01-01T00:00:00Z\n");
  }

  @Test
  void compile_misspeltOrMisplacedGiver_reportsP001AndP208() {
    String text =
        POLICY
            + """
            test "steps" {
              subject { age: 12 }
              given consent(parental_marketing) bye guardian at 2026-01-01T00:00:00Z
              given withdrawn(parental_marketing) by guardian at 2026-01-01T00:00:00Z
              expect deny contact.email for marketing.email
            }
            """;
    assertThat(PolicyCompiler.compileString("kinds.policy", text).diagnostics())
        .extracting(d -> d.code().name() + " " + d.message())
        .contains(
            "P001 expected 'by' or 'at', found 'bye'",
            "P208 only consent(...) can be given by someone else ('by')");
  }
}
