package dev.proviso;

import static dev.proviso.model.Conditions.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.consent.ConsentState;
import dev.proviso.model.AttributeType;
import dev.proviso.model.Condition;
import dev.proviso.model.Condition.Operator;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.PolicyModelBuilder;
import dev.proviso.model.Value;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions, one semantics rule per test: three-valued logic, run-time types, membership, elapsed
 * time on the calendar, and how errors fail closed for allows and denies alike.
 */
class ConditionSemanticsTest {
  private static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");

  /** A policy allowing data for use when {@code condition} holds, and nothing else. */
  private static Policy allowWhen(Condition condition) {
    return Policy.from(base().allow("data", "use").when(condition).build());
  }

  /** A policy allowing data for use, but denying it when {@code condition} holds. */
  private static Policy denyWhen(Condition condition) {
    return Policy.from(base().allow("data", "use").deny("data", "use").when(condition).build());
  }

  private static PolicyModelBuilder base() {
    return PolicyModelBuilder.named("t", 1)
        .subject("region", AttributeType.TEXT)
        .subject("age", AttributeType.NUMBER)
        .subject("vip", AttributeType.BOOL)
        .subject("tags", AttributeType.TEXT_LIST)
        .context("channel", AttributeType.TEXT)
        .category("data", "a", "b")
        .purpose("use", "x");
  }

  private static Decision decide(Policy policy, Subject subject, Request.Builder... extra) {
    Request.Builder b =
        extra.length > 0
            ? extra[0]
            : Request.builder(subject, policy.purpose("use")).category(policy.category("data"));
    return policy.decide(b.at(NOW).build());
  }

  private static Subject person(Object... keyValues) {
    Subject.Builder b = Subject.builder("s");
    for (int i = 0; i < keyValues.length; i += 2) {
      b.set((String) keyValues[i], keyValues[i + 1]);
    }
    return b.build();
  }

  @Test
  void and_falseWithError_isFalseSoTheDenyDoesNotMatch() {
    Policy p =
        denyWhen(
            and(
                eq(subject("region"), text("EU")),
                compare(subject("age"), Operator.LT, number(16))));

    assertThat(decide(p, person("region", "US")).allowed()).isTrue();
    assertThat(decide(p, person("region", "EU")).allowed()).isFalse();
  }

  @Test
  void or_trueWithError_isTrueSoTheAllowMatches() {
    Policy p =
        allowWhen(
            or(
                eq(subject("region"), text("EU")),
                compare(subject("age"), Operator.GE, number(18))));

    assertThat(decide(p, person("region", "EU")).allowed()).isTrue();
    assertThat(decide(p, person("region", "US")).allowed()).isFalse();
  }

  @Test
  void not_ofError_isErrorSoNeitherAllowNorExemption() {
    Policy allow = allowWhen(not(isTrue(subject("vip"))));
    Policy deny = denyWhen(not(isTrue(subject("vip"))));

    assertThat(decide(allow, person()).allowed()).isFalse();
    assertThat(decide(deny, person()).allowed()).isFalse();
    assertThat(decide(allow, person("vip", false)).allowed()).isTrue();
  }

  @Test
  void compare_attributeOfWrongTypeAtRunTime_isErrorAndExplained() {
    Policy p = denyWhen(compare(subject("age"), Operator.LT, number(16)));

    Decision d = decide(p, person("age", "sixteen"));

    assertThat(d.allowed()).isFalse();
    assertThat(d.explanation().toString())
        .contains("cannot compare text and number with <")
        .contains("failed closed (the deny applies)");
  }

  @Test
  void compare_textOrdering_isErrorNotAlphabetical() {
    Policy p = allowWhen(compare(subject("region"), Operator.LT, text("ZZ")));

    assertThat(decide(p, person("region", "EU")).allowed()).isFalse();
  }

  @Test
  void in_literalList_matchesByEquality() {
    Policy p = allowWhen(in(subject("region"), text("EU"), text("EEA")));

    assertThat(decide(p, person("region", "EEA")).allowed()).isTrue();
    assertThat(decide(p, person("region", "UK")).allowed()).isFalse();
  }

  @Test
  void in_listAttribute_testsMembership() {
    Policy p = allowWhen(new Condition.In(text("vip"), subject("tags")));

    assertThat(decide(p, person("tags", List.of("new", "vip"))).allowed()).isTrue();
    assertThat(decide(p, person("tags", List.of("new"))).allowed()).isFalse();
    assertThat(decide(p, person("tags", "vip")).allowed()).as("not a list").isFalse();
  }

  @Test
  void has_missingAttribute_isFalseNotError() {
    Policy p = denyWhen(not(has(context("channel"))));
    Policy q = allowWhen(has(context("channel")));
    Request.Builder withChannel =
        Request.builder(person(), p.purpose("use"))
            .category(p.category("data"))
            .context("channel", "web");

    assertThat(decide(p, person()).ruleIds()).containsExactly("t.policy:2");
    assertThat(decide(p, person(), withChannel).allowed()).isTrue();
    assertThat(decide(q, person()).allowed()).isFalse();
  }

  @Test
  void elapsed_calendarMonth_countsFromTheEventOnTheUtcCalendar() {
    Policy p =
        allowWhen(
            compare(
                new Value.Elapsed("signup"),
                Operator.GE,
                new Value.DurationLiteral(new PolicyDuration(1, ChronoUnit.MONTHS))));
    // 2026-02-28 + 1 month = 2026-03-28 <= now (03-31); 2026-03-01 + 1 month = 04-01 > now.
    Request.Builder early = withEvent(p, "signup", Instant.parse("2026-02-28T12:00:00Z"));
    Request.Builder late = withEvent(p, "signup", Instant.parse("2026-03-01T12:00:00Z"));
    Instant jan31 = Instant.parse("2026-01-31T12:00:00Z");
    Request boundary =
        Request.builder(person(), p.purpose("use"))
            .category(p.category("data"))
            .event("signup", jan31)
            .at(Instant.parse("2026-02-28T12:00:00Z")) // Jan 31 + 1 month = Feb 28 (clamped)
            .build();

    assertThat(decide(p, person(), early).allowed()).isTrue();
    assertThat(decide(p, person(), late).allowed()).isFalse();
    assertThat(p.decide(boundary).allowed()).isTrue();
    assertThat(
            p.decide(boundary.toBuilder().at(Instant.parse("2026-02-28T11:59:59Z")).build())
                .allowed())
        .isFalse();
  }

  @Test
  void elapsed_missingEvent_isErrorSoTheAllowDoesNotMatch() {
    Policy p = allowWhen(elapsedAtLeast("signup", new PolicyDuration(1, ChronoUnit.HOURS)));

    Decision d = decide(p, person());

    assertThat(d.allowed()).isFalse();
    assertThat(d.explanation().toString())
        .contains("event.signup is missing")
        .contains("failed closed (the allow does not match)");
  }

  @Test
  void optedOut_andConsent_askTheConsentView() {
    Policy p =
        Policy.from(
            base()
                .allow("data", "use")
                .deny("data", "use")
                .when(optedOut("sale"))
                .require(consent("use.x"), "data", "use.x")
                .build());
    FakeConsents optedOut = new FakeConsents().optOut("s", "sale");
    FakeConsents consented = new FakeConsents().consent("s", "use.x", ConsentState.GIVEN);
    Request use = Request.of(person(), p.category("data.a"), p.purpose("use"), NOW);
    Request useX = Request.of(person(), p.category("data.a"), p.purpose("use.x"), NOW);

    assertThat(p.decide(use, optedOut).ruleIds()).containsExactly("t.policy:2");
    assertThat(p.decide(use, consented).allowed()).isTrue();
    assertThat(p.decide(useX, consented).allowed()).isTrue();
    assertThat(p.decide(useX, new FakeConsents()).ruleIds()).containsExactly("t.policy:3");
  }

  @Test
  void notBefore_latestOfAllMatchingAllowsWins_andErrorsDoNotGrant() {
    Policy p =
        Policy.from(
            base()
                .allow("data", "use")
                .with(
                    new ObligationDefinition.NotBefore(event("a")),
                    new ObligationDefinition.Audit())
                .allow("data.a", "use")
                .with(
                    new ObligationDefinition.NotBefore(
                        new Value.Shifted(event("b"), new PolicyDuration(1, ChronoUnit.DAYS))))
                .build());
    Instant a = NOW.minusSeconds(3600);
    Instant b = NOW.minusSeconds(7200);
    Request both =
        Request.builder(person(), p.purpose("use"))
            .category(p.category("data.a"))
            .at(NOW)
            .event("a", a)
            .event("b", b)
            .build();
    Request onlyA = both.toBuilder().build();
    Request missingB =
        Request.builder(person(), p.purpose("use"))
            .category(p.category("data.a"))
            .at(NOW)
            .event("a", a)
            .build();

    Decision d = p.decide(both);
    assertThat(d.obligations())
        .containsExactly(Obligation.Audit.INSTANCE, new Obligation.NotBefore(b.plusSeconds(86400)));
    assertThat(d.ruleIds()).containsExactly("t.policy:1", "t.policy:2");
    assertThat(p.decide(onlyA).allowed()).isTrue();
    Decision partial = p.decide(missingB);
    assertThat(partial.ruleIds())
        .as("the second allow cannot evaluate not_before")
        .containsExactly("t.policy:1");
    assertThat(partial.obligations())
        .containsExactly(Obligation.Audit.INSTANCE, new Obligation.NotBefore(a));
  }

  @Test
  void regimes_subjectUnderBothAtOnce_meetsBothRegimesDenies() {
    Policy p =
        Policy.from(
            PolicyModelBuilder.named("t", 1)
                .subject("eu_resident", AttributeType.BOOL)
                .subject("ca_resident", AttributeType.BOOL)
                .subject("age", AttributeType.NUMBER)
                .category("contact", "email")
                .purpose("marketing")
                .allow("contact", "marketing")
                .regime("gdpr", isTrue(subject("eu_resident")))
                .deny("any", "marketing")
                .when(compare(subject("age"), Operator.LT, number(16)))
                .regime("ccpa", isTrue(subject("ca_resident")))
                .deny("contact", "marketing")
                .when(optedOut("sale_or_share"))
                .build());
    Subject both =
        Subject.builder("kid")
            .set("eu_resident", true)
            .set("ca_resident", true)
            .set("age", 14)
            .build();
    Subject onlyCa =
        Subject.builder("kid")
            .set("eu_resident", false)
            .set("ca_resident", true)
            .set("age", 14)
            .build();
    FakeConsents optedOut = new FakeConsents().optOut("kid", "sale_or_share");
    Request r = Request.of(both, p.category("contact.email"), p.purpose("marketing"), NOW);

    assertThat(p.decide(r, optedOut).ruleIds()).containsExactly("t.policy:3", "t.policy:5");
    assertThat(p.decide(r.toBuilder().subject(onlyCa).build(), optedOut).ruleIds())
        .containsExactly("t.policy:5");
  }

  @Test
  void advisoryDeny_matchingByError_addsAdviceOnly() {
    Policy p =
        Policy.from(
            base()
                .allow("data", "use")
                .deny("data", "use")
                .when(isTrue(subject("vip")))
                .advisory()
                .because("watch")
                .build());

    Decision d = decide(p, person());

    assertThat(d.allowed()).isTrue();
    assertThat(d.advice()).containsExactly("t.policy:2: watch");
  }

  private static Request.Builder withEvent(Policy p, String name, Instant at) {
    return Request.builder(person(), p.purpose("use")).category(p.category("data")).event(name, at);
  }
}
