package dev.proviso.spring.actuate;

import dev.proviso.log.DecisionEvent;
import dev.proviso.metrics.Counter;
import dev.proviso.metrics.ProvisoMetrics;
import dev.proviso.spring.DecisionObserver;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Proviso's meters: {@code proviso.decisions} by {@code outcome} and {@code purpose} (tags hold no
 * subject), every counter the library keeps through the {@link ProvisoMetrics} seam (reloads
 * accepted, rejected and failed; decision-log lines written, dropped and failed). The guard's
 * decision-log failures and the stores' errors and latency are bound beside it ({@link
 * MeteredConsentView}).
 */
final class ProvisoMeters implements MeterBinder, DecisionObserver {
  private final ObjectProvider<ProvisoMetrics> sources;
  private final Map<String, io.micrometer.core.instrument.Counter> decisions =
      new ConcurrentHashMap<>();
  private volatile MeterRegistry registry;

  /** The sources are read when bound: the guard hears this observer before they all exist. */
  ProvisoMeters(ObjectProvider<ProvisoMetrics> sources) {
    this.sources = sources;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (ProvisoMetrics source : sources.orderedStream().toList()) {
      for (Counter counter : source.counters()) {
        FunctionCounter.builder(counter.name(), counter, Counter::count)
            .description(counter.description())
            .register(registry);
      }
    }
    this.registry = registry;
  }

  @Override
  public void decided(DecisionEvent event) {
    MeterRegistry bound = registry;
    if (bound == null) {
      return;
    }
    decisions
        .computeIfAbsent(
            event.outcome() + ' ' + event.purpose(),
            key ->
                io.micrometer.core.instrument.Counter.builder("proviso.decisions")
                    .description("decisions made by the guard")
                    .tag("outcome", event.outcome())
                    .tag("purpose", event.purpose())
                    .register(bound))
        .increment();
  }
}
