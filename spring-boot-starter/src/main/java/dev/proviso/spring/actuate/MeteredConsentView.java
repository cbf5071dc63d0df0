package dev.proviso.spring.actuate;

import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The consent view with {@code proviso.store.latency} (a timer) and {@code proviso.store.errors} (a
 * counter), both by {@code operation}: {@code consent}, {@code opted_out}, {@code erasure}.
 * Failures still reach the engine, which fails closed.
 */
final class MeteredConsentView implements ConsentView {
  private final ConsentView view;
  private final Timer[] latency = new Timer[3];
  private final Counter[] errors = new Counter[3];
  private static final String[] OPERATIONS = {"consent", "opted_out", "erasure"};

  MeteredConsentView(ConsentView view, MeterRegistry registry) {
    this.view = view;
    for (int i = 0; i < OPERATIONS.length; i++) {
      latency[i] =
          Timer.builder("proviso.store.latency")
              .description("time the consent and erasure stores took to answer")
              .tag("operation", OPERATIONS[i])
              .register(registry);
      errors[i] =
          Counter.builder("proviso.store.errors")
              .description("questions the consent and erasure stores could not answer")
              .tag("operation", OPERATIONS[i])
              .register(registry);
    }
  }

  @Override
  public ConsentState consent(String subjectId, String purpose, Instant at) {
    return timed(0, () -> view.consent(subjectId, purpose, at));
  }

  @Override
  public boolean optedOut(String subjectId, String name, Instant at) {
    return timed(1, () -> view.optedOut(subjectId, name, at));
  }

  @Override
  public boolean erasureRequested(String subjectId, Instant at) {
    return timed(2, () -> view.erasureRequested(subjectId, at));
  }

  private <T> T timed(int operation, Supplier<T> question) {
    long start = System.nanoTime();
    try {
      return question.get();
    } catch (RuntimeException e) {
      errors[operation].increment();
      throw e;
    } finally {
      latency[operation].record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public String toString() {
    return "metered " + view.getClass().getSimpleName();
  }
}
