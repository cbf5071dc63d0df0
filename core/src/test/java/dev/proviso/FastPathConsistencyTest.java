package dev.proviso;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.consent.ConsentView;
import dev.proviso.oracle.CaseGenerator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast path must give exactly what the general path gives, explanation included, whenever it
 * answers at all; and it must answer the common cases. Seeded like the differential test.
 */
class FastPathConsistencyTest {

  @Test
  void decideFast_generatedCases_equalsGeneralPathIncludingExplanation() {
    long seed = Long.getLong("proviso.oracle.seed", System.nanoTime());
    System.out.println("FastPathConsistencyTest seed=" + seed);
    SplittableRandom seeds = new SplittableRandom(seed);
    int answered = 0;
    int cases = 0;
    for (int m = 0; m < 200; m++) {
      long modelSeed = seeds.nextLong();
      CaseGenerator generator = new CaseGenerator(modelSeed);
      Policy policy = Policy.from(generator.model());
      for (int r = 0; r < 20; r++, cases++) {
        CaseGenerator.Case c = generator.request(policy);
        Decision fast = policy.decideFast(c.request(), c.view());
        if (fast == null) {
          continue;
        }
        answered++;
        Decision general = policy.decideGeneral(c.request(), c.view());
        String where = "model seed " + modelSeed + ", " + c.request();
        assertThat(fast.outcome()).as(where).isEqualTo(general.outcome());
        assertThat(fast.ruleIds()).as(where).isEqualTo(general.ruleIds());
        assertThat(fast.obligations()).as(where).isEqualTo(general.obligations());
        assertThat(fast.advice()).as(where).isEqualTo(general.advice());
        assertThat(fast.explanation().lines()).as(where).isEqualTo(general.explanation().lines());
        assertThat(fast.explanation().entries())
            .as(where)
            .isEqualTo(general.explanation().entries());
      }
    }
    System.out.println("FastPathConsistencyTest: fast path answered " + answered + "/" + cases);
    assertThat(answered).as("the fast path answers most generated cases").isGreaterThan(cases / 3);
  }

  @Test
  void decide_commonShopRequests_useTheFastPathAndShareDecisions() {
    Policy policy = ShopPolicy.compile();
    Subject us = Subject.builder("u").set("region", "US-NY").set("age", 30).build();
    Request fulfilment =
        Request.of(us, policy.category("contact.email"), policy.purpose("fulfilment"));
    Request analytics =
        Request.builder(us, policy.purpose("analytics"))
            .category(policy.category("behavior.cart"))
            .category(policy.category("behavior.browsing"))
            .build();

    assertThat(policy.decideFast(fulfilment, ConsentView.NONE)).isSameAs(policy.decide(fulfilment));
    assertThat(policy.decide(analytics)).isSameAs(policy.decide(analytics));
    assertThat(policy.decideFast(analytics, ConsentView.NONE)).isNotNull();
  }

  @Test
  void decide_denyForWithdrawnConsent_staysOnTheFastPathSharesDecisionsAndNamesTheState() {
    Policy policy = ShopPolicy.compile();
    java.time.Instant at = java.time.Instant.parse("2026-05-01T00:00:00Z");
    java.time.Instant withdrawn = at.minusSeconds(3600);
    dev.proviso.consent.InMemoryConsentLedger ledger =
        new dev.proviso.consent.InMemoryConsentLedger();
    ledger.append(
        dev.proviso.consent.ConsentEvent.withdrawn(
            "eu-1", "marketing.email", withdrawn, "form", "v1"));
    ConsentView view = ledger.view(new dev.proviso.erasure.InMemoryErasureJournal());
    Request withdrawnRequest = email(policy, "eu-1", at);
    Request neverAsked = email(policy, "eu-2", at);

    Decision fast = policy.decideFast(withdrawnRequest, view);

    assertThat(fast).as("answered on the fast path").isNotNull();
    assertThat(fast.explanation().entries())
        .isEqualTo(policy.decideGeneral(withdrawnRequest, view).explanation().entries());
    assertThat(fast.explanation().toString())
        .contains("consent(marketing.email) of shop.policy:")
        .contains("is WITHDRAWN")
        .doesNotContain("eu-1");
    assertThat(policy.decide(withdrawnRequest, view))
        .as("repeated facts share one decision")
        .isSameAs(policy.decide(withdrawnRequest, view));
    Decision unknown = policy.decide(neverAsked, view);
    assertThat(unknown.explanation().toString()).contains("is UNKNOWN (never recorded)");
    assertThat(unknown.explanation().entries())
        .isEqualTo(policy.decideGeneral(neverAsked, view).explanation().entries());
  }

  private static Request email(Policy policy, String subjectId, java.time.Instant at) {
    Subject eu = Subject.builder(subjectId).set("region", "EU").set("age", 30).build();
    return Request.of(eu, policy.category("contact.email"), policy.purpose("marketing.email"), at);
  }

  @Test
  void decide_cellWithMoreCandidatesThanBits_fallsBackToGeneralPath() {
    dev.proviso.model.PolicyModelBuilder b =
        dev.proviso.model.PolicyModelBuilder.named("many", 1).category("data").purpose("use");
    for (int i = 0; i < 70; i++) {
      b.allow("data", "use").because("rule " + i);
    }
    Policy policy = Policy.from(b.build());
    Request r = Request.of(Subject.of("s"), policy.category("data"), policy.purpose("use"));

    assertThat(policy.decideFast(r, ConsentView.NONE)).isNull();
    assertThat(policy.decide(r).ruleIds()).hasSize(70).startsWith("many.policy:1");
  }

  @Test
  void decideFast_manyRulesOnOneCellSplitByTenant_equalsGeneralPathAndAnswers() {
    long seed = Long.getLong("proviso.oracle.seed", System.nanoTime());
    System.out.println("FastPathConsistencyTest one-cell seed=" + seed);
    SplittableRandom random = new SplittableRandom(seed);
    dev.proviso.model.PolicyModelBuilder b =
        dev.proviso.model.PolicyModelBuilder.named("tenants", 1)
            .subject("tenant", dev.proviso.model.AttributeType.TEXT)
            .subject("age", dev.proviso.model.AttributeType.NUMBER)
            .category("data")
            .purpose("use");
    var tenant = dev.proviso.model.Conditions.subject("tenant");
    var age = dev.proviso.model.Conditions.subject("age");
    b.deny("data", "use").when(dev.proviso.model.Conditions.optedOut("everything"));
    for (int i = 0; i < 300; i++) {
      var mine =
          dev.proviso.model.Conditions.eq(tenant, dev.proviso.model.Conditions.text("t" + i));
      switch (i % 4) {
        case 0 -> b.allow("data", "use").when(mine);
        case 1 ->
            b.allow("data", "use")
                .when(
                    dev.proviso.model.Conditions.and(
                        dev.proviso.model.Conditions.compare(
                            age,
                            dev.proviso.model.Condition.Operator.GE,
                            dev.proviso.model.Conditions.number(18)),
                        mine));
        case 2 -> b.deny("data", "use").when(mine);
        default ->
            b.allow("data", "use")
                .when(
                    dev.proviso.model.Conditions.in(
                        tenant,
                        dev.proviso.model.Conditions.text("t" + i),
                        dev.proviso.model.Conditions.text("t" + (i - 1))));
      }
    }
    b.allow("data", "use").advisory().because("everyone is told");
    Policy policy = Policy.from(b.build());
    Category data = policy.category("data");
    Purpose use = policy.purpose("use");
    int answered = 0;
    for (int n = 0; n < 2_000; n++) {
      Subject.Builder subject = Subject.builder("s" + random.nextInt(5));
      int t = random.nextInt(320);
      if (t < 310) {
        subject.set("tenant", "t" + t); // t300..t309 match no guard
      }
      if (random.nextInt(5) > 0) {
        subject.set("age", 10 + random.nextInt(20));
      }
      Request r = Request.of(subject.build(), data, use, java.time.Instant.EPOCH);
      FakeConsents consents = new FakeConsents();
      if (random.nextInt(10) == 0) {
        consents.optOut(r.subject().id(), "everything");
      }
      Decision fast = policy.decideFast(r, consents);
      if (fast == null) {
        continue;
      }
      answered++;
      Decision general = policy.decideGeneral(r, consents);
      String where = "seed " + seed + ", " + r.subject();
      assertThat(fast.outcome()).as(where).isEqualTo(general.outcome());
      assertThat(fast.ruleIds()).as(where).isEqualTo(general.ruleIds());
      assertThat(fast.advice()).as(where).isEqualTo(general.advice());
      assertThat(fast.explanation().entries()).as(where).isEqualTo(general.explanation().entries());
    }
    assertThat(answered).as("the split cell answers on the fast path").isGreaterThan(1_000);
  }
}
