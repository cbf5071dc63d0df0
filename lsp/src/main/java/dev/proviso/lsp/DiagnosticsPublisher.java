package dev.proviso.lsp;

import dev.proviso.lsp.features.Diagnostics;
import dev.proviso.lsp.workspace.Workspace;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * Publishes diagnostics for every open document once the author pauses: each change restarts a
 * short delay, so a burst of keystrokes compiles once. Every open document is republished, since an
 * edit in one file can fix or break the files that import it, and so are the imported files that
 * are not open (cleared again once they have no diagnostics).
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

  /** Closed files given diagnostics last time; only the executor's thread touches it. */
  private Set<String> closedWithDiagnostics = Set.of();

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
        "clear diagnostics", () -> client.accept(new PublishDiagnosticsParams(uri, List.of())));
  }

  private void publishAll() {
    Set<String> open = new LinkedHashSet<>(workspace.openUris());
    Map<String, PublishDiagnosticsParams> closed = new LinkedHashMap<>();
    for (String uri : open) {
      guard.run(
          "diagnostics",
          () ->
              workspace
                  .view(uri)
                  .ifPresent(
                      view -> {
                        client.accept(Diagnostics.publish(view));
                        Diagnostics.ofClosedImports(view, open)
                            .forEach(p -> closed.putIfAbsent(p.getUri(), p));
                      }));
    }
    for (String uri : closedWithDiagnostics) {
      if (!closed.containsKey(uri) && !open.contains(uri)) {
        cleared(uri);
      }
    }
    closed.values().forEach(p -> guard.run("diagnostics", () -> client.accept(p)));
    closedWithDiagnostics = Set.copyOf(closed.keySet());
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
