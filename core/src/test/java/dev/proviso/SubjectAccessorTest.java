package dev.proviso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SubjectAccessorTest {
  /** The application's own record: a primitive age, NaN when unknown. */
  record Customer(String id, String region, double age, Boolean identified) {}

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final String[] REGIONS = {"EU", "EEA", "US-CA", "US-NY", null};

  private final Policy policy = ShopPolicy.compile();
  private final SubjectAccessor<Customer> customers =
      SubjectAccessor.builder(policy, Customer::id)
          .text("region", Customer::region)
          .number("age", Customer::age)
          .bool("identified", Customer::identified)
          .build();

  @Test
  void decide_seededCustomers_equalsDecideOnABuiltSubject() {
    long seed = Long.getLong("proviso.oracle.seed", System.nanoTime());
    System.out.println("SubjectAccessorTest seed=" + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int n = 0; n < 300; n++) {
      Customer c =
          new Customer(
              "c-" + n,
              REGIONS[random.nextInt(REGIONS.length)],
              random.nextInt(5) == 0 ? Double.NaN : 10 + random.nextInt(30),
              random.nextInt(3) == 0 ? null : random.nextBoolean());
      FakeConsents consents = new FakeConsents();
      if (random.nextBoolean()) {
        consents.consent(c.id(), "marketing.email", ConsentState.GIVEN);
      }
      if (random.nextInt(4) == 0) {
        consents.optOut(c.id(), "sale_or_share");
      }
      if (random.nextInt(10) == 0) {
        consents.erasure(c.id(), NOW.minusSeconds(60));
      }
      Subject.Builder built = Subject.builder(c.id());
      if (c.region() != null) {
        built.set("region", c.region());
      }
      if (!Double.isNaN(c.age())) {
        built.set("age", c.age());
      }
      if (c.identified() != null) {
        built.set("identified", c.identified());
      }
      Subject subject = built.build();
      for (Purpose purpose : policy.purposes()) {
        for (Category category : policy.categories()) {
          Decision expected = policy.decide(Request.of(subject, category, purpose, NOW), consents);
          Decision actual = customers.decide(c, purpose, category, NOW, consents);
          String where = "seed " + seed + ", " + subject.id() + " " + category + " for " + purpose;
          assertThat(actual.outcome()).as(where).isEqualTo(expected.outcome());
          assertThat(actual.ruleIds()).as(where).isEqualTo(expected.ruleIds());
          assertThat(actual.obligations()).as(where).isEqualTo(expected.obligations());
          assertThat(actual.advice()).as(where).isEqualTo(expected.advice());
          assertThat(actual.explanation().lines())
              .as(where)
              .isEqualTo(expected.explanation().lines());
        }
      }
    }
  }

  @Test
  void decide_sameCellTwice_returnsTheSharedFastPathDecision() {
    Customer eu = new Customer("eu-1", "EU", 30, true);
    FakeConsents consents =
        new FakeConsents().consent("eu-1", "marketing.email", ConsentState.GIVEN);
    Purpose email = policy.purpose("marketing.email");
    Category address = policy.category("contact.email");

    Decision first = customers.decide(eu, email, address, NOW, consents);

    assertThat(first.allowed()).isTrue();
    assertThat(
            customers.decide(new Customer("eu-2", "EEA", 41, true), email, address, NOW, consents))
        .isNotSameAs(first); // eu-2 has not consented
    assertThat(customers.decide(eu, email, address, NOW, consents)).isSameAs(first);
  }

  @Test
  void decide_minorInTheEu_isDeniedByTheRegimeRule() {
    Decision d =
        customers.decide(
            new Customer("kid", "EU", 15, true),
            policy.purpose("marketing.email"),
            policy.category("contact.email"),
            NOW,
            new FakeConsents().consent("kid", "marketing.email", ConsentState.GIVEN));

    assertThat(d.allowed()).isFalse();
    assertThat(d.ruleIds()).containsExactly(ShopPolicy.GDPR_MINORS);
  }

  @Test
  void decide_getterThrows_deniesFailClosedWithoutThrowing() {
    SubjectAccessor<Customer> broken =
        SubjectAccessor.builder(policy, Customer::id)
            .text(
                "region",
                c -> {
                  throw new IllegalStateException("lazy field not loaded");
                })
            .build();

    Decision d =
        broken.decide(
            new Customer("c", "EU", 30, true),
            policy.purpose("marketing.email"),
            policy.category("contact.email"),
            NOW,
            ConsentView.NONE);

    assertThat(d.allowed()).isFalse();
    assertThat(d.explanation().lines()).anyMatch(l -> l.contains("lazy field not loaded"));
  }

  @Test
  void builder_undeclaredAttribute_throwsWithSuggestion() {
    assertThatThrownBy(
            () -> SubjectAccessor.builder(policy, Customer::id).text("regoin", Customer::region))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("regoin")
        .hasMessageContaining("region");
  }

  @Test
  void builder_attributeBoundAsAnotherType_throwsNamingTheDeclaredType() {
    assertThatThrownBy(
            () -> SubjectAccessor.builder(policy, Customer::id).text("age", Customer::region))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'age' is declared number");
  }
}
