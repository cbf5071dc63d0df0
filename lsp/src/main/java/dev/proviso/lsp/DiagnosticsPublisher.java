package dev.proviso.lsp;

import dev.proviso.lsp.features.Diagnostics;
import dev.proviso.lsp.workspace.Workspace;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * Publishes diagnostics for every open document once the author pauses: each change restarts a
 * short delay, so a burst of keystrokes compiles once. Every open document is republished, since an
 * edit in one file can fix or break the files that import it.
 */
final class DiagnosticsPublisher implements AutoCloseable {

  private final Workspace workspace;
  private final Consumer<PublishDiagnosticsParams> client;
  private final Guard guard;
  private final long delayMillis;
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "proviso-lsp-diagnostics");
            t.setDaemon(true);
            return t;
          });
  private ScheduledFuture<?> pending;

  DiagnosticsPublisher(
      Workspace workspace,
      Consumer<PublishDiagnosticsParams> client,
      Guard guard,
      long delayMillis) {
    this.workspace = workspace;
    this.client = client;
    this.guard = guard;
    this.delayMillis = delayMillis;
  }

  synchronized void schedule() {
    if (pending != null) {
      pending.cancel(false);
    }
    pending = executor.schedule(this::publishAll, delayMillis, TimeUnit.MILLISECONDS);
  }

  /** Clears a closed document's diagnostics at once. */
  void cleared(String uri) {
    guard.run(
        "clear diagnostics",
        () -> client.accept(new PublishDiagnosticsParams(uri, java.util.List.of())));
  }

  private void publishAll() {
    for (String uri : workspace.openUris()) {
      guard.run(
          "diagnostics", () -> workspace.view(uri).map(Diagnostics::publish).ifPresent(client));
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
