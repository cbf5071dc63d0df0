package dev.proviso.bench.decide;

import dev.proviso.Category;
import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Purpose;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.SubjectAccessor;
import dev.proviso.consent.ConsentView;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deciding from the application's own {@link Customer} records, each op including whatever the
 * caller must do to turn its record into the engine's input: the hand-written floor ({@link
 * HandWrittenShop}), Proviso through a {@link SubjectAccessor} bound once, Proviso with a {@code
 * Subject} and {@code Request} built per call (the old way), and Proviso on requests prepared in
 * advance. Five questions in turn: an unconditional allow, a default deny, a GDPR consent allow, a
 * CCPA opt-out deny, a minor in the EEA. Before timing, the three Proviso forms and the
 * hand-written code must agree on 4,000 seeded requests.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class ApplicationObjectsBenchmark {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final String[] REGIONS = {"EU", "EEA", "US-CA", "US-NY"};

  private Policy policy;
  private ConsentView consents;
  private HandWrittenShop shop;
  private SubjectAccessor<Customer> customers;
  private Customer[] who;
  private Purpose[] purposes;
  private Category[] categories;
  private int[] purposeIds;
  private int[] categoryIds;
  private Request[] prepared;
  private int next;

  @Setup
  public void setUp() {
    ShopScenarios s = new ShopScenarios();
    s.setUp();
    policy = s.policy;
    consents = s.consents;
    shop = new HandWrittenShop(policy);
    customers =
        SubjectAccessor.builder(policy, Customer::id)
            .text("region", Customer::region)
            .number("age", Customer::age)
            .bool("identified", Customer::identified)
            .build();
    Customer us = new Customer("us-1", "US-NY", 30, true);
    Customer eu = new Customer("eu-1", "EU", 30, true);
    Customer ca = new Customer("ca-1", "US-CA", 40, false);
    Customer minor = new Customer("eea-1", "EEA", 15, true);
    who = new Customer[] {us, us, eu, ca, minor};
    purposes =
        new Purpose[] {
          policy.purpose("fulfilment"),
          policy.purpose("analytics"),
          policy.purpose("marketing.email"),
          policy.purpose("marketing.email"),
          policy.purpose("marketing.email")
        };
    categories =
        new Category[] {
          policy.category("contact.email"),
          policy.category("contact.phone"),
          policy.category("contact.email"),
          policy.category("contact.email"),
          policy.category("contact.email")
        };
    purposeIds = new int[who.length];
    categoryIds = new int[who.length];
    prepared = new Request[who.length];
    for (int i = 0; i < who.length; i++) {
      purposeIds[i] = purposes[i].id();
      categoryIds[i] = categories[i].id();
      prepared[i] = Request.of(subject(who[i]), categories[i], purposes[i], NOW);
    }
    boolean[] expected = {true, false, true, false, false};
    for (int i = 0; i < who.length; i++) {
      if (policy.decide(prepared[i], consents).allowed() != expected[i]) {
        throw new IllegalStateException("unexpected decision for question " + i);
      }
    }
    agree(Long.getLong("proviso.bench.seed", 20261201L));
  }

  /** Every form gives the same answer on seeded requests, or nothing is timed. */
  private void agree(long seed) {
    System.out.println("ApplicationObjectsBenchmark agreement seed=" + seed);
    SplittableRandom random = new SplittableRandom(seed);
    String[] ids = {"eu-1", "ca-1", "other"};
    for (int n = 0; n < 4_000; n++) {
      Customer c =
          new Customer(
              ids[random.nextInt(ids.length)],
              REGIONS[random.nextInt(REGIONS.length)],
              10 + random.nextInt(30),
              random.nextBoolean());
      Purpose p = policy.purposes().get(random.nextInt(policy.purposes().size()));
      Category k = policy.categories().get(random.nextInt(policy.categories().size()));
      boolean hand = shop.allowed(c, p.id(), k.id(), NOW, consents);
      boolean viaAccessor = customers.decide(c, p, k, NOW, consents).allowed();
      boolean viaRequest = policy.decide(Request.of(subject(c), k, p, NOW), consents).allowed();
      if (hand != viaAccessor || hand != viaRequest) {
        throw new IllegalStateException(
            "seed " + seed + ": disagreement on " + c + " " + k + " for " + p);
      }
    }
  }

  private static Subject subject(Customer c) {
    return Subject.builder(c.id())
        .set("region", c.region())
        .set("age", c.age())
        .set("identified", c.identified())
        .build();
  }

  private int next() {
    int i = next;
    next = i == who.length - 1 ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public boolean handWritten() {
    int i = next();
    return shop.allowed(who[i], purposeIds[i], categoryIds[i], NOW, consents);
  }

  @Benchmark
  public Decision provisoAccessor() {
    int i = next();
    return customers.decide(who[i], purposes[i], categories[i], NOW, consents);
  }

  @Benchmark
  public Decision provisoBuiltPerCall() {
    int i = next();
    return policy.decide(Request.of(subject(who[i]), categories[i], purposes[i], NOW), consents);
  }

  @Benchmark
  public Decision provisoPrepared() {
    return policy.decide(prepared[next()], consents);
  }
}
