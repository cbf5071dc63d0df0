package dev.proviso.bench.decide;

import static dev.proviso.model.Conditions.and;
import static dev.proviso.model.Conditions.compare;
import static dev.proviso.model.Conditions.consent;
import static dev.proviso.model.Conditions.eq;
import static dev.proviso.model.Conditions.number;
import static dev.proviso.model.Conditions.optedOut;
import static dev.proviso.model.Conditions.subject;
import static dev.proviso.model.Conditions.text;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentState;
import dev.proviso.model.AttributeType;
import dev.proviso.model.Condition;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyModelBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per decision as the policy grows from 20 to 10,000 rules over a 250-category, 80-purpose
 * taxonomy. The same ten rules (regimes by region, consent, opt-outs, obligations) are always
 * there. {@code spread}: the other rules (a third conditional) are spread over the other category
 * trees and a mix of 64 requests asks about the ten rules' cells, so few added rules are
 * candidates. {@code oneCell}: every added rule lands on the one cell (c0.a, p0.x) that all 64
 * requests ask about, each guarded by the subject's tenant (allows, denies, and an age test with
 * the tenant), so every added rule is a candidate. Time per decision should stay flat in both.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScalingBenchmark {
  @Param({"20", "200", "2000", "10000"})
  public int rules;

  @Param({"spread", "oneCell"})
  public String layout;

  private Policy policy;
  private Request[] requests;
  private ShopScenarios.MapConsents consents;
  private int next;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    PolicyModelBuilder b =
        PolicyModelBuilder.named("scale", 1)
            .subject("region", AttributeType.TEXT)
            .subject("tenant", AttributeType.TEXT)
            .subject("age", AttributeType.NUMBER);
    String[] children = {"a", "b", "c", "d"};
    for (int c = 0; c < 50; c++) {
      b.category("c" + c, children);
    }
    for (int p = 0; p < 20; p++) {
      b.purpose("p" + p, "x", "y", "z");
    }
    // The same ten rules always decide the requests; the rest are spread over the taxonomy.
    b.allow("c0, c1", "p0, p1")
        .regime("eu", eq(subject("region"), text("EU")))
        .require(consent("p0.x"), "c0.a", "p0.x")
        .deny("c1", "p1")
        .when(eq(subject("region"), text("UK")))
        .regime("ca", eq(subject("region"), text("US-CA")))
        .deny("c0", "p0, p1")
        .when(optedOut("sale"))
        .regime("house")
        .deny("c1.b", "any")
        .allow("c1.a", "p1.x")
        .when(eq(subject("region"), text("US-NY")))
        .topLevel()
        .allow("c0.b", "p0.x")
        .with(new ObligationDefinition.Mask("c0.b"))
        .deny("c0.c", "p0")
        .allow("c1.c", "p1")
        .when(eq(subject("region"), text("EU")))
        .allow("c0.d, c1.d", "p0.x, p1.x");
    boolean oneCell = layout.equals("oneCell");
    for (int i = 10; i < rules && oneCell; i++) { // all on (c0.a, p0.x)
      Condition mine = eq(subject("tenant"), text("t" + i));
      switch (i % 3) {
        case 0 -> b.topLevel().allow("c0.a", "p0.x").when(mine);
        case 1 -> b.topLevel().deny("c0.a", "p0.x").when(mine);
        default ->
            b.topLevel()
                .allow("c0.a", "p0.x")
                .when(and(compare(subject("age"), Condition.Operator.GE, number(18)), mine));
      }
    }
    for (int i = 10; i < rules && !oneCell; i++) { // on the other 48 category trees, any purpose
      String category = "c" + (2 + random.nextInt(48)) + "." + children[random.nextInt(4)];
      String purpose = "p" + random.nextInt(20) + (random.nextBoolean() ? ".x" : "");
      switch (random.nextInt(6)) {
        case 0 -> b.regime("eu").require(consent(purpose), category, purpose).topLevel();
        case 1 -> b.regime("ca").deny(category, purpose).topLevel();
        case 2 -> b.regime("house").deny(category, purpose).when(eq(subject("region"), text("UK")));
        default -> b.topLevel().allow(category, purpose);
      }
    }
    policy = Policy.from(b.build());
    Instant now = Instant.parse("2026-11-23T12:00:00Z");
    String[] regions = {"EU", "US-CA", "UK", "US-NY"};
    requests = new Request[64];
    for (int i = 0; i < requests.length; i++) {
      Subject s =
          Subject.builder("s" + (i % 8))
              .set("region", regions[i % 4])
              .set("tenant", "t" + (10 + random.nextInt(rules - 10)))
              .set("age", 12 + i % 12)
              .build();
      String category = oneCell ? "c0.a" : "c" + (i / 4 % 2) + "." + children[i / 8 % 4];
      String purpose = oneCell ? "p0.x" : "p" + (i / 32) + ".x";
      requests[i] = Request.of(s, policy.category(category), policy.purpose(purpose), now);
    }
    consents =
        new ShopScenarios.MapConsents(
            Map.of("s0", ConsentState.GIVEN, "s4", ConsentState.GIVEN),
            Map.of("s1", true),
            Map.of());
  }

  @Benchmark
  public Decision decide() {
    int i = next;
    next = (i + 1) & 63;
    return policy.decide(requests[i], consents);
  }
}
