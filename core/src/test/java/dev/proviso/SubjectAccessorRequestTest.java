package dev.proviso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.consent.ConsentState;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A {@link SubjectAccessor} binding context attributes and events, and deciding many categories.
 */
class SubjectAccessorRequestTest {
  /** One call of the application: the customer, the offer shown, when the cart was abandoned. */
  record Visit(
      String id, String region, double age, Boolean identified, String offer, Instant abandoned) {}

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final String[] REGIONS = {"EU", "EEA", "US-CA", "US-NY", null};

  private final Policy policy = ShopPolicy.compile();
  private final SubjectAccessor<Visit> visits =
      SubjectAccessor.builder(policy, Visit::id)
          .text("region", Visit::region)
          .number("age", Visit::age)
          .bool("identified", Visit::identified)
          .context("offer", Visit::offer)
          .event("cart_abandoned", Visit::abandoned)
          .build();

  @Test
  void decide_seededVisits_equalsDecideOnABuiltRequestWithContextAndEvents() {
    long seed = Long.getLong("proviso.oracle.seed", System.nanoTime());
    System.out.println("SubjectAccessorRequestTest seed=" + seed);
    SplittableRandom random = new SplittableRandom(seed);
    List<Category> all = policy.categories();
    for (int n = 0; n < 200; n++) {
      Visit v =
          new Visit(
              "v-" + n,
              REGIONS[random.nextInt(REGIONS.length)],
              random.nextInt(5) == 0 ? Double.NaN : 10 + random.nextInt(30),
              random.nextInt(3) == 0 ? null : random.nextBoolean(),
              random.nextBoolean() ? null : "ten-percent",
              random.nextInt(3) == 0 ? null : NOW.minusSeconds(3600L * random.nextInt(48)));
      FakeConsents consents = new FakeConsents();
      if (random.nextBoolean()) {
        consents.consent(v.id(), "marketing.email", ConsentState.GIVEN);
      }
      if (random.nextInt(10) == 0) {
        consents.erasure(v.id(), NOW.minusSeconds(60));
      }
      List<Category> pair =
          List.of(all.get(random.nextInt(all.size())), all.get(random.nextInt(all.size())));
      for (Purpose purpose : policy.purposes()) {
        for (Category category : all) {
          assertSame(v, purpose, List.of(category), consents, seed);
        }
        if (!pair.get(0).equals(pair.get(1))) {
          assertSame(v, purpose, pair, consents, seed);
        }
      }
    }
  }

  private void assertSame(
      Visit v, Purpose purpose, List<Category> categories, FakeConsents consents, long seed) {
    Decision expected = policy.decide(built(v, purpose, categories), consents);
    Decision actual = visits.decide(v, purpose, categories, NOW, consents);
    String where = "seed " + seed + ", " + v.id() + " " + categories + " for " + purpose;
    assertThat(actual.outcome()).as(where).isEqualTo(expected.outcome());
    assertThat(actual.ruleIds()).as(where).isEqualTo(expected.ruleIds());
    assertThat(actual.obligations()).as(where).isEqualTo(expected.obligations());
    assertThat(actual.advice()).as(where).isEqualTo(expected.advice());
    assertThat(actual.explanation().lines()).as(where).isEqualTo(expected.explanation().lines());
  }

  private static Request built(Visit v, Purpose purpose, List<Category> categories) {
    Subject.Builder s = Subject.builder(v.id());
    if (v.region() != null) {
      s.set("region", v.region());
    }
    if (!Double.isNaN(v.age())) {
      s.set("age", v.age());
    }
    if (v.identified() != null) {
      s.set("identified", v.identified());
    }
    Request.Builder r = Request.builder(s.build(), purpose).categories(categories).at(NOW);
    if (v.offer() != null) {
      r.context("offer", v.offer());
    }
    if (v.abandoned() != null) {
      r.event("cart_abandoned", v.abandoned());
    }
    return r.build();
  }

  @Test
  void decide_retargetingWithOfferAfterADay_isAllowedWithTheEventsNotBefore() {
    Visit v = new Visit("v-1", "US-NY", 30, true, "ten-percent", NOW.minusSeconds(30 * 3600));
    Decision d =
        visits.decide(
            v,
            policy.purpose("marketing.retargeting"),
            policy.category("behavior.cart"),
            NOW,
            new FakeConsents());
    assertThat(d.allowed()).isTrue();
    assertThat(d.obligations()).contains(new Obligation.NotBefore(v.abandoned().plusSeconds(3600)));
  }

  @Test
  void decide_retargetingWithoutTheOffer_isDeniedByTheBrandRequirement() {
    Visit v = new Visit("v-1", "US-NY", 30, true, null, NOW.minusSeconds(30 * 3600));
    Decision d =
        visits.decide(
            v,
            policy.purpose("marketing.retargeting"),
            policy.category("behavior.cart"),
            NOW,
            new FakeConsents());
    assertThat(d.allowed()).isFalse();
  }

  @Test
  void decide_twoCategoriesOneDenied_isDenied() {
    Visit v = new Visit("v-1", "US-NY", 30, true, null, null);
    List<Category> emailAndContacts =
        List.of(policy.category("contact.email"), policy.category("device.contact_list"));
    Purpose fulfilment = policy.purpose("fulfilment");
    assertThat(visits.decide(v, fulfilment, emailAndContacts, NOW, new FakeConsents()).allowed())
        .isFalse();
    List<Category> emailAndPhone =
        List.of(policy.category("contact.email"), policy.category("contact.phone"));
    assertThat(visits.decide(v, fulfilment, emailAndPhone, NOW, new FakeConsents()).allowed())
        .isTrue();
  }

  @Test
  void builder_undeclaredContextAttribute_throwsWithSuggestion() {
    assertThatThrownBy(
            () -> SubjectAccessor.builder(policy, Visit::id).context("ofer", Visit::offer))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("offer");
  }

  @Test
  void builder_eventThePolicyNeverReads_throwsWithSuggestion() {
    assertThatThrownBy(
            () ->
                SubjectAccessor.builder(policy, Visit::id)
                    .event("cart_abandonned", Visit::abandoned))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("cart_abandoned");
  }

  @Test
  void builder_eventBoundTwice_throws() {
    assertThatThrownBy(
            () ->
                SubjectAccessor.builder(policy, Visit::id)
                    .event("cart_abandoned", Visit::abandoned)
                    .event("cart_abandoned", Visit::abandoned))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event 'cart_abandoned' is bound twice");
  }
}
