package dev.proviso;

import static dev.proviso.model.Conditions.compare;
import static dev.proviso.model.Conditions.consent;
import static dev.proviso.model.Conditions.number;
import static dev.proviso.model.Conditions.subject;
import static dev.proviso.model.Conditions.text;
import static org.assertj.core.api.Assertions.assertThat;
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

  private static List<RuleEvaluation> trace(Subject subject, ConsentView consents) {
    Request request =
        Request.of(
            subject, POLICY.category("contact.email"), POLICY.purpose("marketing.email"), AT);
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
}
