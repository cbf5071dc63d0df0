package dev.proviso.testing.assertions;

import static dev.proviso.testing.assertions.ProvisoAssertions.assertThat;
import static dev.proviso.testing.assertions.ProvisoAssertions.assertThatThrownBy;

import dev.proviso.Obligation;
import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.UnknownNameException;
import dev.proviso.consent.ConsentView;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.testing.runner.ScenarioConsentView;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProvisoAssertionsTest {
  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
  private static final Subject EU_ADULT =
      Subject.builder("c-1").set("region", "EU").set("age", 30).build();

  private static Policy newsletter;

  @BeforeAll
  static void compile() throws URISyntaxException {
    Path file =
        Path.of(ProvisoAssertionsTest.class.getResource("/policies/newsletter.policy").toURI());
    newsletter = Policy.from(PolicyCompiler.compile(file).modelOrThrow());
  }

  @Test
  void allows_useAllowed_passesAndChainsDecisionAssertions() {
    assertThat(newsletter)
        .forSubject(EU_ADULT)
        .withConsent("marketing.email", JAN)
        .at(FEB)
        .allows("contact.email")
        .forPurpose("marketing.email")
        .isAllowed()
        .isDecidedBy("newsletter.policy", 13)
        .hasObligation(Obligation.Audit.INSTANCE)
        .hasNoAdvice();
  }

  @Test
  void allows_useDenied_failsWithTheQuestionAndTheExplanation() {
    assertThatThrownBy(
            () ->
                assertThat(newsletter)
                    .forSubject(EU_ADULT)
                    .at(FEB)
                    .allows("contact.email")
                    .forPurpose("marketing.email"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            """
            Expecting policy "newsletter" v2 to allow
              contact.email for marketing.email
              for subject c-1 { age: 30, region: "EU" } at 2026-02-01T00:00:00Z
            but it was DENY:
              DENY contact.email for marketing.email
                deny by newsletter.policy:18 (regime gdpr): require consent(marketing.email) to use\
             contact.email for marketing.email — "direct marketing by email needs consent"
                consent(marketing.email) of newsletter.policy:18 is UNKNOWN (never recorded)\
            """);
  }

  @Test
  void denies_useAllowed_fails() {
    assertThatThrownBy(
            () ->
                assertThat(newsletter)
                    .forSubject("c-2", Map.of("region", "US", "age", 40))
                    .at(FEB)
                    .denies("contact.email")
                    .forPurpose("marketing.email"))
        .hasMessageContaining("Expecting policy \"newsletter\" v2 to deny")
        .hasMessageContaining("but it was ALLOW:")
        .hasMessageContaining("allow by newsletter.policy:13 (top level)");
  }

  @Test
  void isDecidedBy_anotherRule_failsNamingTheDecidingRules() {
    assertThatThrownBy(
            () ->
                assertThat(newsletter)
                    .forSubject(EU_ADULT)
                    .at(FEB)
                    .denies("contact.email")
                    .forPurpose("marketing.email")
                    .isDecidedBy("newsletter.policy", 20))
        .hasMessageContaining(
            "Expecting the DENY decision to be made by the rule at newsletter.policy:20\n"
                + "but it was made by [newsletter.policy:18]");
  }

  @Test
  void isDecidedByRegime_ruleOfAnotherScope_failsNamingTheScopes() {
    DecisionAssert denied =
        assertThat(newsletter)
            .forSubject(EU_ADULT)
            .at(FEB)
            .denies("contact.phone")
            .forPurpose("marketing.email");

    assertThatThrownBy(() -> denied.isDecidedByRegime("gdpr"))
        .hasMessageContaining(
            "Expecting the DENY decision to be made by a rule of regime gdpr\n"
                + "but it was made in [top level]");
    assertThat(newsletter)
        .forSubject(EU_ADULT)
        .at(FEB)
        .denies("contact.email")
        .forPurpose("marketing.email")
        .isDecidedByRegime("gdpr");
  }

  @Test
  void isDecidedBy_defaultDeny_saysNoRuleMadeIt() {
    assertThatThrownBy(
            () ->
                assertThat(newsletter)
                    .forSubject(EU_ADULT)
                    .at(FEB)
                    .denies("behavior")
                    .forPurpose("marketing")
                    .isDecidedBy("newsletter.policy:20"))
        .hasMessageContaining("but no rule made it (default deny)")
        .hasMessageContaining("no allow matched");
  }

  @Test
  void hasObligation_missing_failsListingWhatTheDecisionCarries() {
    assertThatThrownBy(
            () ->
                assertThat(newsletter)
                    .forSubject(EU_ADULT)
                    .withContext("channel", "web")
                    .at(FEB)
                    .allows("behavior.purchases")
                    .forPurpose("analytics")
                    .hasObligation(new Obligation.Mask("contact.phone")))
        .hasMessageContaining(
            "Expecting the ALLOW decision to carry the obligation mask(contact.phone)\n"
                + "but it carries [pseudonymize(contact)]");
  }

  @Test
  void hasExplanationContaining_reasonNotGiven_failsShowingTheExplanation() {
    assertThatThrownBy(
            () ->
                assertThat(newsletter)
                    .forSubject(Subject.builder("kid").set("region", "EU").set("age", 12).build())
                    .withConsent("marketing.email", JAN)
                    .at(FEB)
                    .denies("contact.email")
                    .forPurpose("marketing.email")
                    .hasExplanationContaining("no marketing to children")
                    .hasExplanationContaining("we never use phone numbers"))
        .hasMessageContaining(
            "Expecting the DENY decision to be explained by \"we never use phone numbers\"")
        .hasMessageContaining("no marketing to children");
  }

  @Test
  void withConsents_customView_isAskedInsteadOfTheScenario() {
    ScenarioConsentView ledger =
        ScenarioConsentView.forSubject("c-1").consent("marketing.email", JAN);

    assertThat(newsletter)
        .forSubject(EU_ADULT)
        .withConsents(ledger)
        .at(FEB)
        .allows("contact.email")
        .forPurpose("marketing.email");
    assertThatThrownBy(
            () ->
                assertThat(newsletter)
                    .forSubject(EU_ADULT)
                    .withConsents(ConsentView.NONE)
                    .optedOut("sale_or_share"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("record consent there");
  }

  @Test
  void allows_unknownCategory_throwsWithDidYouMean() {
    assertThatThrownBy(
            () ->
                assertThat(newsletter)
                    .forSubject(EU_ADULT)
                    .allows("contact.emial")
                    .forPurpose("marketing.email"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("contact.email");
  }

  @Test
  void as_description_prefixesTheFailure() {
    assertThatThrownBy(
            () ->
                assertThat(newsletter)
                    .as("newsletter for EU adults")
                    .forSubject(EU_ADULT)
                    .at(FEB)
                    .allows("contact.email")
                    .forPurpose("marketing.email"))
        .hasMessageStartingWith("[newsletter for EU adults] ");
  }

  @Test
  void passesItsTests_policyWithAFailingTest_failsWithTheSummary() throws URISyntaxException {
    Path file =
        Path.of(ProvisoAssertionsTest.class.getResource("/policies/failing.policy").toURI());
    Policy failing = Policy.from(PolicyCompiler.compile(file).modelOrThrow());

    assertThat(newsletter).passesItsTests();
    assertThatThrownBy(() -> assertThat(failing).passesItsTests())
        .hasMessageContaining("policy \"failing\": 2 tests, 1 passed, 1 failed")
        .hasMessageContaining(
            "policy test \"EU customers get it without consent\" failed (failing.policy:20)");
  }
}
