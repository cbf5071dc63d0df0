package dev.proviso.bench.decide;

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

/** The same requests as {@link DecisionBenchmark}, answered by {@link HandWrittenShop}. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BaselineBenchmark {
  private HandWrittenShop shop;
  private int next;

  @Setup
  public void setUp(ShopScenarios s) {
    shop = new HandWrittenShop(s.policy);
    boolean[] expected = {true, false, true, false, true};
    for (int i = 0; i < s.mix.length; i++) {
      if (shop.allowed(s.mix[i], s.consents) != expected[i]) {
        throw new IllegalStateException("the baseline disagrees on " + s.mix[i]);
      }
    }
  }

  @Benchmark
  public boolean unconditionalAllow(ShopScenarios s) {
    return shop.allowed(s.unconditionalAllow, s.consents);
  }

  @Benchmark
  public boolean defaultDeny(ShopScenarios s) {
    return shop.allowed(s.defaultDeny, s.consents);
  }

  @Benchmark
  public boolean consentConditioned(ShopScenarios s) {
    return shop.allowed(s.consentConditioned, s.consents);
  }

  @Benchmark
  public boolean regimeByRegion(ShopScenarios s) {
    return shop.allowed(s.regimeByRegion, s.consents);
  }

  @Benchmark
  public boolean multiCategory(ShopScenarios s) {
    return shop.allowed(s.multiCategory, s.consents);
  }

  @Benchmark
  public boolean mix(ShopScenarios s) {
    int i = next;
    next = i == s.mix.length - 1 ? 0 : i + 1;
    return shop.allowed(s.mix[i], s.consents);
  }
}
