package dev.proviso.spring;

import dev.proviso.Policy;
import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.Policies;
import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.reload.ReloadListener;
import dev.proviso.dsl.reload.ReloadingPolicy;
import dev.proviso.metrics.Counter;
import dev.proviso.metrics.ProvisoMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The policy the application decides with, loaded from {@code proviso.policy.location}: a fixed
 * classpath policy, or a file policy that reloads when its files change. The {@code Guard} reads it
 * once per decision.
 */
public final class ServingPolicy implements Supplier<Policy>, AutoCloseable, ProvisoMetrics {
  private final String location;
  private final Supplier<Policy> policy;
  private final ReloadingPolicy reloading;
  private volatile ReloadStatus lastReload;

  private ServingPolicy(String location, Supplier<Policy> policy, ReloadingPolicy reloading) {
    this.location = location;
    this.policy = policy;
    this.reloading = reloading;
    if (reloading != null) {
      reloading.addListener(new LastReload(Clock.systemUTC()));
    }
  }

  /**
   * Loads {@code classpath:<resource>} or {@code file:<path>}; any other form, and a policy that
   * does not compile, fail the application's start (there is nothing safe to serve).
   */
  public static ServingPolicy load(String location, ClassLoader loader) {
    if (location == null || location.isBlank()) {
      throw new IllegalStateException(
          "proviso.policy.location is not set: give classpath:<resource> or file:<path>");
    }
    if (location.startsWith("classpath:")) {
      String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
      Policy fixed = Policies.fromClasspath(resource, loader);
      return new ServingPolicy(location, () -> fixed, null);
    }
    if (location.startsWith("file:")) {
      Path file = Path.of(location.substring("file:".length()));
      try {
        ReloadingPolicy reloading = ReloadingPolicy.watch(file);
        return new ServingPolicy(location, reloading, reloading);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot watch " + file + " for changes", e);
      }
    }
    throw new IllegalStateException(
        "proviso.policy.location '" + location + "': expected classpath:<resource> or file:<path>");
  }

  @Override
  public Policy get() {
    return policy.get();
  }

  /** The configured location. */
  public String location() {
    return location;
  }

  /** The reloading holder of a {@code file:} policy. */
  public Optional<ReloadingPolicy> reloading() {
    return Optional.ofNullable(reloading);
  }

  /** What the last reload did; empty for a classpath policy and before the first change. */
  public Optional<ReloadStatus> lastReload() {
    return Optional.ofNullable(lastReload);
  }

  /** The reload counters of a {@code file:} policy; none for a classpath policy. */
  @Override
  public List<Counter> counters() {
    return reloading == null ? List.of() : reloading.counters();
  }

  /** Keeps the outcome of the latest reload for the Actuator endpoint. */
  private final class LastReload implements ReloadListener {
    private final Clock clock;

    LastReload(Clock clock) {
      this.clock = clock;
    }

    @Override
    public void reloaded(Policy previous, Policy current, CompilationResult result) {
      lastReload = status("accepted", current, result);
    }

    @Override
    public void rejected(Policy serving, CompilationResult result) {
      lastReload = status("rejected", serving, result);
    }

    @Override
    public void failed(Policy serving, RuntimeException error) {
      lastReload =
          new ReloadStatus(
              "failed", clock.instant(), serving.version(), List.of(error.getClass().getName()));
    }

    private ReloadStatus status(String outcome, Policy serving, CompilationResult result) {
      List<String> lines = result.diagnostics().stream().map(Diagnostic::headline).toList();
      return new ReloadStatus(outcome, clock.instant(), serving.version(), lines);
    }
  }

  @Override
  public void close() {
    if (reloading != null) {
      reloading.close();
    }
  }
}
