package dev.proviso.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.bench.FilterBenchmark.Wide;
import dev.proviso.guard.Guard;
import dev.proviso.guard.PurposeScope;
import dev.proviso.jackson.ProvisoModule;
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
 * Jackson serialisation of {@link FilterBenchmark}'s 20-field record to a JSON string: a plain
 * {@code ObjectMapper} (the floor), and through the guard with {@link ProvisoModule} inside a
 * {@link PurposeScope} opened per op (20 decisions, one mask) for an unconditional purpose and for
 * GDPR email marketing with consent given (every field's decision asks the consent view). The
 * guarded outputs are checked before timing: the masked field masked, no field dropped.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class JacksonBenchmark {
  private ObjectMapper plain;
  private ObjectMapper guarded;
  private Guard guard;
  private Wide wide;
  private Subject subject;

  @Setup
  public void setUp() throws JsonProcessingException {
    Policy policy = FilterBenchmark.policy();
    guard = Guard.builder(() -> policy).consents(FilterBenchmark.consentGiven("cust-42")).build();
    plain = new ObjectMapper();
    guarded = new ObjectMapper().registerModule(new ProvisoModule());
    wide = FilterBenchmark.wide();
    subject = Subject.builder("cust-42").set("region", "EU").build();
    String fulfilment = withModule("fulfilment");
    String marketing = withModule("marketing.email");
    if (fulfilment.contains("v03") || !fulfilment.contains("v19") || !marketing.contains("v19")) {
      throw new IllegalStateException("unexpected guarded output: " + fulfilment + marketing);
    }
  }

  private String withModule(String purpose) throws JsonProcessingException {
    try (PurposeScope scope = guard.scope(subject, purpose)) {
      return guarded.writeValueAsString(wide);
    }
  }

  @Benchmark
  public String plainMapper() throws JsonProcessingException {
    return plain.writeValueAsString(wide);
  }

  @Benchmark
  public String withModuleUnconditional() throws JsonProcessingException {
    return withModule("fulfilment");
  }

  @Benchmark
  public String withModuleConsentGiven() throws JsonProcessingException {
    return withModule("marketing.email");
  }
}
