package dev.proviso;

import static dev.proviso.model.Conditions.compare;
import static dev.proviso.model.Conditions.consent;
import static dev.proviso.model.Conditions.number;
import static dev.proviso.model.Conditions.subject;
import static dev.proviso.model.Conditions.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.model.AttributeType;
import dev.proviso.model.Condition.Operator;
import dev.proviso.model.Conditions;
import dev.proviso.model.PolicyModelBuilder;
import dev.proviso.trace.RuleEvaluation;
import dev.proviso.trace.Truth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyRuleListenerTest {
  private static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");

  // Rule ids: t.policy:1 allow email, :3 require consent, :4 deny under 16 (regime gdpr is :2).
  private static final Policy POLICY =
      Policy.from(
          PolicyModelBuilder.named("t", 1)
              .subject("region", AttributeType.TEXT)
              .subject("age", AttributeType.NUMBER)
              .category("contact", "email", "phone")
              .purpose("marketing", "email")
              .allow("contact.email", "marketing.email")
              .regime("gdpr", Conditions.eq(subject("region"), text("EU")))
              .require(consent("marketing.email"), "contact.email", "marketing.email")
              .deny("any", "marketing")
              .when(compare(subject("age"), Operator.LT, number(16)))
              .build());

  private static final ConsentView CONSENTED =
      new FakeConsents().consent("a", "marketing.email", ConsentState.GIVEN);

  private static final Subject ADULT =
      Subject.builder("a").set("region", "EU").set("age", 30).build();
  private static final Subject CHILD =
      Subject.builder("a").set("region", "EU").set("age", 12).build();

  private static Request email(Subject subject) {
    return Request.of(
        subject, POLICY.category("contact.email"), POLICY.purpose("marketing.email"), AT);
  }

  private static List<RuleEvaluation> trace(Subject subject, ConsentView consents) {
    Request request = email(subject);
    List<RuleEvaluation> seen = new ArrayList<>();
    Decision traced = POLICY.decide(request, consents, seen::add);
    assertThat(traced.outcome()).isEqualTo(POLICY.decide(request, consents).outcome());
    return seen;
  }

  @Test
  void decide_withListener_reportsEveryCandidateWithConditionOutcomes() {
    Subject adult = Subject.builder("a").set("region", "EU").set("age", 30).build();

    assertThat(trace(adult, CONSENTED))
        .containsExactly(
            new RuleEvaluation(
                "t.policy:3", "contact.email", Truth.NOT_EVALUATED, Truth.TRUE, false),
            new RuleEvaluation(
                "t.policy:4", "contact.email", Truth.FALSE, Truth.NOT_EVALUATED, false),
            new RuleEvaluation(
                "t.policy:1", "contact.email", Truth.NOT_EVALUATED, Truth.NOT_EVALUATED, true));
  }

  @Test
  void decide_withListener_matchingDenySkipsTheAllowsAsTheEngineDoes() {
    Subject adult = Subject.builder("a").set("region", "EU").set("age", 30).build();

    assertThat(trace(adult, ConsentView.NONE))
        .extracting(RuleEvaluation::ruleId, RuleEvaluation::matched)
        .containsExactly(tuple("t.policy:3", true), tuple("t.policy:4", false));
  }

  @Test
  void decide_withListener_missingAttributeIsAnError_andTheDenyMatches() {
    Subject unknownAge = Subject.builder("a").set("region", "EU").build();

    assertThat(trace(unknownAge, CONSENTED))
        .filteredOn(e -> e.ruleId().equals("t.policy:4"))
        .containsExactly(
            new RuleEvaluation(
                "t.policy:4", "contact.email", Truth.ERROR, Truth.NOT_EVALUATED, true));
  }

  @Test
  void decide_withListener_rulesOfARegimeThatDoesNotApplyAreNotReported() {
    Subject american = Subject.builder("a").set("region", "US").set("age", 12).build();

    assertThat(trace(american, ConsentView.NONE))
        .extracting(RuleEvaluation::ruleId)
        .containsExactly("t.policy:1");
  }

  /** Consent GIVEN on the first ask, UNKNOWN on the next, and so on: a store that flaps. */
  private static final class FlippingConsent implements ConsentView {
    int consentCalls;
    int erasureCalls;

    @Override
    public ConsentState consent(String subjectId, String purpose, Instant at) {
      return consentCalls++ % 2 == 0 ? ConsentState.GIVEN : ConsentState.UNKNOWN;
    }

    @Override
    public boolean optedOut(String subjectId, String name, Instant at) {
      return false;
    }

    @Override
    public boolean erasureRequested(String subjectId, Instant at) {
      erasureCalls++;
      return false;
    }
  }

  @Test
  void decide_withListener_storeFlipsBetweenCalls_traceAndExplanationShowWhatDecided() {
    Request request = email(ADULT);
    FlippingConsent store = new FlippingConsent();
    List<RuleEvaluation> seen = new ArrayList<>();

    Decision decision = POLICY.decide(request, store, seen::add);

    assertThat(decision.allowed()).isTrue();
    assertThat(seen)
        .extracting(RuleEvaluation::ruleId, RuleEvaluation::unless, RuleEvaluation::matched)
        .containsExactly(
            tuple("t.policy:3", Truth.TRUE, false),
            tuple("t.policy:4", Truth.NOT_EVALUATED, false),
            tuple("t.policy:1", Truth.NOT_EVALUATED, true));
    assertThat(decision.explanation().entries())
        .filteredOn(e -> e instanceof Reason.RuleMatched)
        .extracting(e -> ((Reason.RuleMatched) e).ruleId())
        .containsExactly("t.policy:1");
    assertThat(store.consentCalls).isEqualTo(1);
    assertThat(store.erasureCalls).isEqualTo(1);
  }

  @Test
  void decide_multiCategoryWithSameConsentQuestion_asksTheStoreOnce() {
    Policy policy =
        Policy.from(
            PolicyModelBuilder.named("m", 1)
                .category("contact", "email", "phone")
                .purpose("marketing")
                .allow("contact", "marketing")
                .deny("contact", "marketing")
                .unless(consent("marketing"))
                .build());
    Request request =
        Request.builder(Subject.of("a"), policy.purpose("marketing"))
            .category(policy.category("contact.email"))
            .category(policy.category("contact.phone"))
            .at(AT)
            .build();
    FlippingConsent store = new FlippingConsent();

    Decision decision = policy.decide(request, store);

    assertThat(decision.allowed()).isTrue();
    assertThat(store.consentCalls).isEqualTo(1);
    assertThat(store.erasureCalls).isEqualTo(1);
  }

  @Test
  void decide_listenerThrows_exceptionPropagatesAndIsNeverTurnedIntoADeny() {
    Request request = email(ADULT);
    List<RuleEvaluation> heard = new ArrayList<>();

    assertThatThrownBy(
            () ->
                POLICY.decide(
                    request,
                    CONSENTED,
                    e -> {
                      heard.add(e);
                      throw new IllegalStateException("listener broke");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("listener broke");
    assertThat(heard).hasSize(1);
    assertThat(POLICY.decide(request, CONSENTED).allowed()).isTrue();
  }

  @Test
  void decide_listenerDecidesAgain_bothDecisionsAreUnaffected() {
    Request adultEmail = email(ADULT);
    Request childEmail = email(CHILD);
    List<Decision> inner = new ArrayList<>();

    Decision outer =
        POLICY.decide(
            adultEmail, CONSENTED, e -> inner.add(POLICY.decide(childEmail, ConsentView.NONE)));

    assertThat(outer.allowed()).isTrue();
    assertThat(inner).hasSize(3).allMatch(d -> !d.allowed());
  }

  @Test
  void decide_consentViewThatDecidesItself_getsItsOwnSnapshot() {
    Request adultEmail = email(ADULT);
    Request childEmail = email(CHILD);
    List<Decision> inner = new ArrayList<>();
    ConsentView deciding =
        new ConsentView() {
          @Override
          public ConsentState consent(String subjectId, String purpose, Instant at) {
            inner.add(POLICY.decide(childEmail, CONSENTED));
            return CONSENTED.consent(subjectId, purpose, at);
          }

          @Override
          public boolean optedOut(String subjectId, String name, Instant at) {
            return false;
          }

          @Override
          public boolean erasureRequested(String subjectId, Instant at) {
            return false;
          }
        };

    assertThat(POLICY.decide(adultEmail, deciding).allowed()).isTrue();
    assertThat(inner).singleElement().satisfies(d -> assertThat(d.allowed()).isFalse());
  }
}
