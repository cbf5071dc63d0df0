package dev.proviso.bench.decide;

import dev.proviso.Decision;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code policy.decide} on the shop policy, one benchmark per kind of request and a mix of all
 * five. Compare with {@link ApplicationObjectsBenchmark}; run with {@code -prof gc} for B/op.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecisionBenchmark {
  private int next;

  @Benchmark
  public Decision unconditionalAllow(ShopScenarios s) {
    return s.policy.decide(s.unconditionalAllow, s.consents);
  }

  @Benchmark
  public Decision defaultDeny(ShopScenarios s) {
    return s.policy.decide(s.defaultDeny, s.consents);
  }

  @Benchmark
  public Decision consentConditioned(ShopScenarios s) {
    return s.policy.decide(s.consentConditioned, s.consents);
  }

  @Benchmark
  public Decision regimeByRegion(ShopScenarios s) {
    return s.policy.decide(s.regimeByRegion, s.consents);
  }

  @Benchmark
  public Decision multiCategory(ShopScenarios s) {
    return s.policy.decide(s.multiCategory, s.consents);
  }

  @Benchmark
  public Decision notBefore(ShopScenarios s) {
    return s.policy.decide(s.notBefore, s.consents);
  }

  @Benchmark
  public Decision missingAttribute(ShopScenarios s) {
    return s.policy.decide(s.missingAttribute, s.consents);
  }

  /** A deny for missing consent (purpose-keyed, WITHDRAWN): the explanation names the state. */
  @Benchmark
  public Decision consentWithdrawn(ShopScenarios s) {
    return s.policy.decide(s.consentWithdrawn, s.consents);
  }

  /** A default deny whose allow needs the declared consent newsletter, WITHDRAWN since a day. */
  @Benchmark
  public Decision declaredConsentWithdrawn(ShopScenarios s) {
    return s.policy.decide(s.declaredConsentWithdrawn, s.consents);
  }

  @Benchmark
  public Decision mix(ShopScenarios s) {
    int i = next;
    next = i == s.mix.length - 1 ? 0 : i + 1;
    return s.policy.decide(s.mix[i], s.consents);
  }
}
