package dev.proviso.bench;

import static dev.proviso.model.Conditions.consent;
import static dev.proviso.model.Conditions.in;
import static dev.proviso.model.Conditions.subject;
import static dev.proviso.model.Conditions.text;

import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.guard.DataCategory;
import dev.proviso.guard.Guard;
import dev.proviso.guard.PurposeScope;
import dev.proviso.jackson.DecisionLogCodec;
import dev.proviso.log.AsyncDecisionLogWriter;
import dev.proviso.log.SubjectPseudonymizer;
import dev.proviso.model.AttributeType;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyModelBuilder;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code guard.filter} on a record with 20 fields in 20 categories: 20 decisions (one per category,
 * each through a GDPR consent rule), obligations combined, a masked field, and a new record built.
 * Target: at most 1 µs per call without a decision log.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FilterBenchmark {

  /** Twenty annotated fields across twenty categories. */
  public record Wide(
      @DataCategory("profile.f00") String f00,
      @DataCategory("profile.f01") String f01,
      @DataCategory("profile.f02") String f02,
      @DataCategory("profile.f03") String f03,
      @DataCategory("profile.f04") String f04,
      @DataCategory("profile.f05") String f05,
      @DataCategory("profile.f06") String f06,
      @DataCategory("profile.f07") String f07,
      @DataCategory("profile.f08") String f08,
      @DataCategory("profile.f09") String f09,
      @DataCategory("profile.f10") String f10,
      @DataCategory("profile.f11") String f11,
      @DataCategory("profile.f12") String f12,
      @DataCategory("profile.f13") String f13,
      @DataCategory("profile.f14") String f14,
      @DataCategory("profile.f15") String f15,
      @DataCategory("profile.f16") String f16,
      @DataCategory("profile.f17") String f17,
      @DataCategory("profile.f18") String f18,
      @DataCategory("profile.f19") String f19) {}

  private Guard guard;
  private Guard loggingGuard;
  private AsyncDecisionLogWriter log;
  private Wide wide;
  private Subject subject;

  private Guard consentGuard;

  /** The 20-category policy: fulfilment unconditional (one mask), email marketing under GDPR. */
  static Policy policy() {
    String[] fields = new String[20];
    for (int i = 0; i < 20; i++) {
      fields[i] = String.format("f%02d", i);
    }
    return Policy.from(
        PolicyModelBuilder.named("bench", 1)
            .subject("region", AttributeType.TEXT)
            .category("profile", fields)
            .purpose("fulfilment")
            .purpose("marketing", "email")
            .allow("profile", "fulfilment")
            .with(new ObligationDefinition.Mask("profile.f03"))
            .allow("profile", "marketing")
            .regime("gdpr", in(subject("region"), text("EU")))
            .require(consent("marketing.email"), "profile", "marketing.email")
            .build());
  }

  static Wide wide() {
    return new Wide(
        "v00", "v01", "v02", "v03", "v04", "v05", "v06", "v07", "v08", "v09", "v10", "v11", "v12",
        "v13", "v14", "v15", "v16", "v17", "v18", "v19");
  }

  /** A consent view in which {@code subjectId} gave every consent: no store cost of its own. */
  static ConsentView consentGiven(String subjectId) {
    return new ConsentView() {
      @Override
      public ConsentState consent(String id, String purpose, Instant at) {
        return id.equals(subjectId) ? ConsentState.GIVEN : ConsentState.UNKNOWN;
      }

      @Override
      public boolean optedOut(String id, String name, Instant at) {
        return false;
      }

      @Override
      public boolean erasureRequested(String id, Instant at) {
        return false;
      }
    };
  }

  @Setup(Level.Trial)
  public void setUp() {
    Policy policy = policy();
    guard = Guard.builder(() -> policy).build();
    consentGuard = Guard.builder(() -> policy).consents(consentGiven("cust-42")).build();
    log =
        new AsyncDecisionLogWriter(
            Writer.nullWriter(),
            DecisionLogCodec.JSON_LINES,
            new SubjectPseudonymizer(new byte[32]),
            65_536);
    loggingGuard = Guard.builder(() -> policy).decisionLog(log).build();
    wide = wide();
    subject = Subject.builder("cust-42").set("region", "EU").build();
    Wide given = consentGuard.filter(subject, "marketing.email", wide);
    if (given == null || !"v19".equals(given.f19())) {
      throw new IllegalStateException("consent given must keep every field: " + given);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    log.close();
  }

  @Benchmark
  public Wide filter20Fields() {
    return guard.filter(subject, "fulfilment", wide);
  }

  /**
   * The conditional, consent-dependent case: GDPR applies (region EU), and each of the 20 decisions
   * asks the consent view, which says GIVEN, so every field is kept.
   */
  @Benchmark
  public Wide filter20FieldsConsentGiven() {
    return consentGuard.filter(subject, "marketing.email", wide);
  }

  @Benchmark
  public Wide filter20FieldsDeniedByGdpr() {
    return guard.filter(subject, "marketing.email", wide);
  }

  @Benchmark
  public Map<String, Object> filterToMap20Fields() {
    return guard.filterToMap(subject, "fulfilment", wide);
  }

  /**
   * Per object inside an open purpose scope (a list being serialised or exported): the scope has
   * already decided the 20 categories, so this is the guard's own cost of reading, masking and
   * copying.
   */
  @Benchmark
  public Wide filter20FieldsInScope(ScopeState state) {
    return state.scope.filter(wide);
  }

  /** A purpose scope opened once per iteration on the benchmark thread. */
  @State(Scope.Thread)
  public static class ScopeState {
    PurposeScope scope;

    @Setup(Level.Iteration)
    public void open(FilterBenchmark bench) {
      scope = bench.guard.scope(bench.subject, "fulfilment");
    }

    @TearDown(Level.Iteration)
    public void close() {
      scope.close();
    }
  }

  /** With the bounded async log (to a null writer; when it cannot keep up, events are dropped). */
  @Benchmark
  public Wide filter20FieldsLogged() {
    return loggingGuard.filter(subject, "fulfilment", wide);
  }
}
