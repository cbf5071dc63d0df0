package dev.proviso.dsl.reload;

import dev.proviso.Policy;
import dev.proviso.dsl.CompilationResult;
import dev.proviso.metrics.Counter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Counts reload outcomes for {@link ReloadingPolicy#counters()}. */
final class ReloadCounters implements ReloadListener {
  private final AtomicLong reloaded = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  @Override
  public void reloaded(Policy previous, Policy current, CompilationResult result) {
    reloaded.incrementAndGet();
  }

  @Override
  public void rejected(Policy serving, CompilationResult result) {
    rejected.incrementAndGet();
  }

  @Override
  public void failed(Policy serving, RuntimeException error) {
    failed.incrementAndGet();
  }

  List<Counter> counters() {
    return List.of(
        new Counter("proviso.policy.reload.accepted", "reloads now serving", reloaded::get),
        new Counter(
            "proviso.policy.reload.rejected",
            "reloads refused because the change did not compile",
            rejected::get),
        new Counter(
            "proviso.policy.reload.failed",
            "reloads the decision engine refused after they compiled",
            failed::get));
  }
}
