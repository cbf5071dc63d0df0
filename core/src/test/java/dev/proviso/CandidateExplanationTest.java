package dev.proviso;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.consent.ConsentView;
import dev.proviso.model.Condition;
import dev.proviso.model.Conditions;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.PolicyModelBuilder;
import dev.proviso.model.Value;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * A default deny lists every candidate allow and why it did not match; {@code explain} adds, for a
 * deny that time lifts, the earliest instant the use would be allowed.
 */
class CandidateExplanationTest {
  private static final Instant AT = Instant.parse("2026-06-01T10:00:00Z");
  private static final Instant LAUNCH = Instant.parse("2026-07-01T00:00:00Z");

  private static final Policy POLICY =
      Policy.from(
          PolicyModelBuilder.named("why", 1)
              .subject("region", dev.proviso.model.AttributeType.TEXT)
              .subject("age", dev.proviso.model.AttributeType.NUMBER)
              .category("contact", "email")
              .category("behavior", "cart")
              .purpose("marketing", "email")
              .purpose("retargeting")
              .purpose("launch")
              .allow("contact.email", "marketing")
              .named("consented")
              .when(Conditions.consent("marketing.email"))
              .allow("contact", "marketing.email")
              .named("adults")
              .when(
                  Conditions.compare(
                      Conditions.subject("age"), Condition.Operator.GE, Conditions.number(18)))
              .regime("us", Conditions.eq(Conditions.subject("region"), Conditions.text("US")))
              .allow("contact", "marketing")
              .named("us_marketing")
              .topLevel()
              .allow("behavior.cart", "retargeting")
              .require(
                  Conditions.compare(
                      new Value.Elapsed("cart_abandoned"),
                      Condition.Operator.GE,
                      new Value.DurationLiteral(new PolicyDuration(24, ChronoUnit.HOURS))),
                  "behavior.cart",
                  "retargeting")
              .named("a_day_later")
              .allow("contact", "launch")
              .named("after_launch")
              .when(
                  Conditions.compare(
                      new Value.Now(), Condition.Operator.GT, new Value.InstantLiteral(LAUNCH)))
              .build());

  private static Request request(Subject subject, String category, String purpose) {
    return Request.builder(subject, POLICY.purpose(purpose))
        .category(POLICY.category(category))
        .at(AT)
        .event("cart_abandoned", AT.minus(1, ChronoUnit.HOURS))
        .build();
  }

  @Test
  void defaultDeny_listsEachCandidateAllowWithWhyItDidNotMatch() {
    Subject eu = Subject.builder("s1").set("region", "EU").set("age", 16).build();

    Decision d = POLICY.decide(request(eu, "contact.email", "marketing.email"), ConsentView.NONE);

    assertThat(d.explanation().lines())
        .containsExactly(
            "DENY contact.email for marketing.email",
            "  consent(marketing.email) of consented is UNKNOWN (never recorded)",
            "  no allow matched in: top level",
            "  allow consented (top level) did not match: its condition does not hold: allow"
                + " contact.email for marketing when consent(marketing.email)",
            "  allow adults (top level) did not match: its condition does not hold: allow contact"
                + " for marketing.email when subject.age >= 18",
            "  allow us_marketing (regime us) did not match: regime us does not apply: allow"
                + " contact for marketing");
  }

  @Test
  void defaultDeny_missingAttribute_saysTheConditionCouldNotBeEvaluatedAndWhy() {
    Subject unknown = Subject.of("s2");

    Decision d =
        POLICY.decide(request(unknown, "contact.email", "marketing.email"), ConsentView.NONE);

    assertThat(d.explanation().entries())
        .filteredOn(Reason.AllowNotMatched.class::isInstance)
        .extracting(r -> ((Reason.AllowNotMatched) r).why())
        .containsExactly(
            "its condition does not hold",
            "its condition could not be evaluated",
            "regime us could not be evaluated");
    assertThat(d.explanation().lines())
        .anySatisfy(l -> assertThat(l).contains("subject.age is missing"));
  }

  @Test
  void explain_denyAnElapsedRequireLifts_givesTheEarliestAllowedInstant() {
    Decision d =
        POLICY.explain(request(Subject.of("s3"), "behavior.cart", "retargeting"), ConsentView.NONE);

    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.explanation().entries())
        .contains(new Reason.AllowedFrom(AT.minus(1, ChronoUnit.HOURS).plus(24, ChronoUnit.HOURS)));
    assertThat(d.explanation().lines())
        .last()
        .isEqualTo("  would be allowed from 2026-06-02T09:00:00Z (if nothing else changes)");
  }

  @Test
  void explain_strictComparisonWithNow_givesTheFirstInstantAfterIt() {
    Decision d =
        POLICY.explain(request(Subject.of("s4"), "contact.email", "launch"), ConsentView.NONE);

    assertThat(d.explanation().entries()).contains(new Reason.AllowedFrom(LAUNCH.plusNanos(1)));
  }

  @Test
  void explain_denyTimeDoesNotLift_addsNoInstant_andAnAllowIsTheDecisionItself() {
    Subject eu = Subject.builder("s5").set("region", "EU").set("age", 16).build();

    Decision denied =
        POLICY.explain(request(eu, "contact.email", "marketing.email"), ConsentView.NONE);
    Request allowedRequest =
        request(Subject.builder("s6").set("age", 30).build(), "contact.email", "marketing.email");

    assertThat(denied.explanation().entries()).noneMatch(Reason.AllowedFrom.class::isInstance);
    assertThat(POLICY.explain(allowedRequest, ConsentView.NONE).explanation().lines())
        .isEqualTo(POLICY.decide(allowedRequest, ConsentView.NONE).explanation().lines());
  }
}
