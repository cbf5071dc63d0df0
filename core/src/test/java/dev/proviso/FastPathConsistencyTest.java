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
}
