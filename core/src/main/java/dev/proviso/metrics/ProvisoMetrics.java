package dev.proviso.metrics;

import java.util.List;

/**
 * A component that keeps counters a monitoring system should see: the decision log's drops and
 * failures, a reloading policy's accepted and rejected reloads. Proviso forces no metrics library;
 * a binder reads {@link #counters()} once and registers each as a function counter, e.g. with
 * Micrometer:
 *
 * <pre>{@code
 * static void bind(ProvisoMetrics source, java.util.function.BiConsumer<String, Counter> registry) {
 *   for (Counter counter : source.counters()) {
 *     registry.accept(counter.name(), counter); // FunctionCounter.builder(name, counter, Counter::count)
 *   }
 * }
 * }</pre>
 */
public interface ProvisoMetrics {

  /** The counters, each read live; the list itself does not change. */
  List<Counter> counters();
}
