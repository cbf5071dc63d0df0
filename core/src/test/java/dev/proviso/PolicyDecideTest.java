package dev.proviso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.consent.ConsentState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per semantics rule of docs/language.md, on its shop policy. */
class PolicyDecideTest {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private final Policy policy = ShopPolicy.compile();
  private final Subject eu = Subject.builder("eu-1").set("region", "EU").set("age", 30).build();
  private final Subject us = Subject.builder("us-1").set("region", "US-NY").set("age", 30).build();

  private Request request(Subject subject, String purpose, String... categories) {
    Request.Builder b = Request.builder(subject, policy.purpose(purpose)).at(NOW);
    for (String c : categories) {
      b.category(policy.category(c));
    }
    return b.build();
  }

  @Test
  void decide_unconditionalTopLevelAllow_allowsWithRuleIdAndPolicyIdentity() {
    Decision d = policy.decide(request(us, "fulfilment", "contact.phone"));

    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(d.ruleIds()).containsExactly(ShopPolicy.ALLOW_FULFILMENT);
    assertThat(d.policyName()).isEqualTo("shop");
    assertThat(d.policyVersion()).isEqualTo(3);
    assertThat(d.policyHash()).isEqualTo(policy.contentHash()).hasSize(64);
  }

  @Test
  void decide_noAllowForUse_defaultDeniesAndExplainsWhereNothingMatched() {
    Decision d = policy.decide(request(us, "analytics", "contact.phone"));

    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.ruleIds()).isEmpty();
    assertThat(d.explanation().lines())
        .containsExactly("DENY contact.phone for analytics", "  no allow matched in: top level");
  }

  @Test
  void decide_allowOnChild_doesNotCoverRequestForParent() {
    assertThat(policy.decide(request(us, "marketing.email", "contact.email")).allowed()).isTrue();
    assertThat(policy.decide(request(us, "marketing.email", "contact")).allowed()).isFalse();
  }

  @Test
  void decide_allowOnParentPurpose_coversSubPurpose() {
    Decision d = policy.decide(request(us, "legal.tax_records", "financial.invoice"));

    assertThat(d.ruleIds()).containsExactly(ShopPolicy.ALLOW_PERSONALIZATION);
  }

  @Test
  void decide_denyOnChild_deniesRequestForParent() {
    Decision d = policy.decide(request(us, "fulfilment", "device"));

    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.ruleIds()).containsExactly(ShopPolicy.BRAND_CONTACT_LIST);
    assertThat(d.explanation().toString())
        .contains("deny by shop.policy:13 (regime brand)")
        .contains("we never harvest address books");
  }

  @Test
  void decide_consentGiven_allowsEuEmailMarketing() {
    FakeConsents consents =
        new FakeConsents().consent("eu-1", "marketing.email", ConsentState.GIVEN);

    Decision d = policy.decide(request(eu, "marketing.email", "contact.email"), consents);

    assertThat(d.allowed()).isTrue();
    assertThat(d.ruleIds()).containsExactly(ShopPolicy.ALLOW_EMAIL);
  }

  @Test
  void decide_consentUnknownExpiredOrWithdrawn_denies() {
    for (ConsentState state :
        List.of(ConsentState.UNKNOWN, ConsentState.EXPIRED, ConsentState.WITHDRAWN)) {
      FakeConsents consents = new FakeConsents().consent("eu-1", "marketing.email", state);

      Decision d = policy.decide(request(eu, "marketing.email", "contact.email"), consents);

      assertThat(d.outcome()).as(state.name()).isEqualTo(Outcome.DENY);
      assertThat(d.ruleIds()).as(state.name()).containsExactly(ShopPolicy.GDPR_CONSENT);
      assertThat(d.explanation().toString()).contains("require consent(marketing.email)");
    }
  }

  @Test
  void decide_consentStoreThrows_deniesAndExplainsFailedClosed() {
    FakeConsents consents = new FakeConsents().failingConsent(new IllegalStateException("timeout"));

    Decision d = policy.decide(request(eu, "marketing.email", "contact.email"), consents);

    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.explanation().toString())
        .contains(
            "condition consent(marketing.email) of shop.policy:6 could not be evaluated: consent"
                + " store failed: timeout; failed closed");
    assertThat(d.explanation().entries())
        .anySatisfy(r -> assertThat(r).isInstanceOf(Reason.ConditionFailed.class));
  }

  @Test
  void decide_missingRegionAttribute_regimeAppliesAndDenies() {
    Subject nowhere = Subject.builder("x").set("age", 30).build();

    Decision d = policy.decide(request(nowhere, "marketing.email", "contact.email"));

    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.ruleIds()).contains(ShopPolicy.GDPR_CONSENT);
    assertThat(d.explanation().toString())
        .contains("subject.region is missing")
        .contains("regime gdpr applies");
  }

  @Test
  void decide_missingAgeAttribute_minorsDenyMatchesFailedClosed() {
    Subject ageless = Subject.builder("y").set("region", "EU").build();
    FakeConsents consents = new FakeConsents().consent("y", "marketing.email", ConsentState.GIVEN);

    Decision d = policy.decide(request(ageless, "marketing.email", "contact.email"), consents);

    assertThat(d.ruleIds()).containsExactly(ShopPolicy.GDPR_MINORS);
    assertThat(d.explanation().toString()).contains("subject.age is missing");
  }

  @Test
  void decide_subjectUnderTwoRegimes_meetsDeniesOfBoth() {
    // A subject both a minor (gdpr) and opted out (ccpa): region matches only one regime, so
    // use a region that cannot be evaluated: both regimes apply and both denies fire.
    Subject unknown = Subject.builder("z").set("age", 12).build();
    FakeConsents consents = new FakeConsents().optOut("z", "sale_or_share");

    Decision d = policy.decide(request(unknown, "marketing.email", "contact.email"), consents);

    assertThat(d.ruleIds())
        .containsExactly(ShopPolicy.GDPR_CONSENT, ShopPolicy.GDPR_MINORS, ShopPolicy.CCPA_OPT_OUT);
  }

  @Test
  void decide_notBeforeAndAudit_areReturnedOnAllow() {
    Subject known =
        Subject.builder("k").set("region", "US-NY").set("age", 40).set("identified", true).build();
    Instant abandoned = NOW.minus(Duration.ofHours(30));
    Request r =
        Request.builder(known, policy.purpose("marketing.retargeting"))
            .category(policy.category("behavior.cart"))
            .at(NOW)
            .context("offer", "10% off")
            .event("cart_abandoned", abandoned)
            .build();

    Decision d = policy.decide(r);

    assertThat(d.allowed()).isTrue();
    assertThat(d.obligations())
        .containsExactly(
            Obligation.Audit.INSTANCE, new Obligation.NotBefore(abandoned.plusSeconds(3600)));
  }

  @Test
  void decide_retargetingTooEarly_deniedByBrandRequire() {
    Subject known =
        Subject.builder("k").set("region", "US-NY").set("age", 40).set("identified", true).build();
    Request r =
        Request.builder(known, policy.purpose("marketing.retargeting"))
            .category(policy.category("behavior.cart"))
            .at(NOW)
            .context("offer", "10% off")
            .event("cart_abandoned", NOW.minus(Duration.ofHours(2)))
            .build();

    Decision d = policy.decide(r);

    assertThat(d.ruleIds()).containsExactly(ShopPolicy.BRAND_RETARGETING);
    assertThat(d.obligations()).isEmpty();
  }

  @Test
  void decide_advisoryDenyMatches_addsAdviceWithoutChangingOutcome() {
    Decision d = policy.decide(request(us, "marketing.personalization", "behavior.browsing"));

    assertThat(d.allowed()).isTrue();
    assertThat(d.advice())
        .containsExactly(
            ShopPolicy.BRAND_PERSONALIZATION + ": personalising on browsing feels creepy");
    assertThat(d.ruleIds()).containsExactly(ShopPolicy.ALLOW_PERSONALIZATION);
  }

  @Test
  void decide_multipleCategories_allowedOnlyIfEveryCategoryIs() {
    Decision both = policy.decide(request(us, "analytics", "behavior.cart", "behavior.purchases"));
    Decision mixed = policy.decide(request(us, "analytics", "behavior.cart", "contact.email"));

    assertThat(both.allowed()).isTrue();
    assertThat(both.obligations()).containsExactly(new Obligation.Pseudonymize("contact"));
    assertThat(mixed.allowed()).isFalse();
    assertThat(mixed.obligations()).isEmpty();
    assertThat(mixed.explanation().toString()).contains("no allow matched for contact.email");
  }

  @Test
  void decide_restrictedSubject_onlyRetentionInForceIsAllowed() {
    FakeConsents consents = new FakeConsents().erasure("eu-1", NOW.minusSeconds(60));
    Request tax =
        Request.builder(eu, policy.purpose("legal.tax_records"))
            .category(policy.category("financial.invoice"))
            .at(NOW)
            .event("invoice_issued", NOW.minus(Duration.ofDays(365)))
            .build();
    Request expired =
        tax.toBuilder().event("invoice_issued", Instant.parse("2010-01-01T00:00:00Z")).build();

    assertThat(policy.decide(tax, consents).allowed()).isTrue();
    assertThat(policy.decide(expired, consents).allowed()).isFalse();
    Decision fulfilment = policy.decide(request(eu, "fulfilment", "contact.email"), consents);
    assertThat(fulfilment.allowed()).isFalse();
    assertThat(fulfilment.explanation().toString()).contains("restricted after an erasure request");
  }

  @Test
  void decide_erasureStateUnreadable_treatsSubjectAsRestricted() {
    FakeConsents consents = new FakeConsents().failing(new IllegalStateException("db down"));

    Decision d = policy.decide(request(us, "fulfilment", "contact.email"), consents);

    assertThat(d.allowed()).isFalse();
    assertThat(d.explanation().toString())
        .contains("erasure state could not be read: db down; failed closed");
  }

  @Test
  void decide_attributeNamesAndValuesBuiltAtRunTime_matchLikeLiterals() {
    // Names and values read from a database are not interned: lookups fall back to equals.
    String region = new StringBuilder("reg").append("ion").toString();
    String eu = new StringBuilder("E").append("U").toString();
    Subject fromDb = Subject.builder("db-1").set(region, eu).set("age", 30).build();

    Decision d = policy.decide(request(fromDb, "marketing.email", "contact.email"));

    assertThat(d.ruleIds()).containsExactly(ShopPolicy.GDPR_CONSENT);
  }

  @Test
  void check_denied_throwsWithExplanationNamingTheRule() {
    assertThatThrownBy(
            () -> policy.check(request(eu, "marketing.email", "contact.email"), new FakeConsents()))
        .isInstanceOf(PurposeViolationException.class)
        .hasMessageContaining(ShopPolicy.GDPR_CONSENT)
        .satisfies(e -> assertThat(((PurposeViolationException) e).decision().allowed()).isFalse());
  }

  @Test
  void category_misspelled_throwsWithDidYouMean() {
    assertThatThrownBy(() -> policy.category("contact.emial"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("did you mean 'contact.email'?");
    assertThatThrownBy(() -> policy.purpose("marketng"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("did you mean 'marketing'?");
  }

  @Test
  void decide_handleFromOtherPolicyVersion_isResolvedByPathOrDenied() {
    Policy older = Policy.from(ShopPolicy.builder().category("legacy").build());
    Request sameNames =
        Request.of(us, older.category("contact.phone"), older.purpose("fulfilment"), NOW);
    Request gone = Request.of(us, older.category("legacy"), older.purpose("fulfilment"), NOW);

    assertThat(policy.decide(sameNames).ruleIds()).containsExactly(ShopPolicy.ALLOW_FULFILMENT);
    Decision d = policy.decide(gone);
    assertThat(d.allowed()).isFalse();
    assertThat(d.explanation().toString()).contains("'legacy' is not declared in policy shop v3");
  }

  @Test
  void decide_nullRequest_failsClosedWithoutThrowing() {
    Decision d = policy.decide(null, null);

    assertThat(d.allowed()).isFalse();
    assertThat(d.explanation().toString()).contains("failed closed");
  }

  @Test
  void compile_ruleNamingUndeclaredCategory_throwsWithDidYouMean() {
    var model = ShopPolicy.builder().allow("contact.emial", "analytics").build();

    assertThatThrownBy(() -> Policy.from(model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "unknown data category 'contact.emial'; did you mean 'contact.email'?");
  }
}
