package dev.proviso.dsl.reload;

import dev.proviso.Policy;
import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompilationException;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.metrics.Counter;
import dev.proviso.metrics.ProvisoMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A policy that follows its files: each change is compiled, and the new version replaces the old
 * atomically only when it compiles without errors; otherwise the last good version keeps serving
 * and listeners receive the diagnostics. {@link #get()} is one volatile read, so a decision that
 * reads it once uses exactly one version.
 *
 * <pre>{@code
 * try (ReloadingPolicy policy = ReloadingPolicy.watch(Path.of("policies/shop.policy"))) {
 *   policy.addListener(new ReloadListener() {
 *     public void rejected(Policy serving, CompilationResult result) {
 *       System.err.print(result.render());
 *     }
 *   });
 *   Guard guard = Guard.builder(policy).build(); // a Supplier<Policy>
 * }
 * }</pre>
 */
public final class ReloadingPolicy implements Supplier<Policy>, AutoCloseable, ProvisoMetrics {
  private final Path[] files;
  private final ReloadCounters counters = new ReloadCounters();
  private final AtomicReference<Policy> current = new AtomicReference<>();
  private final List<ReloadListener> listeners = new CopyOnWriteArrayList<>();
  private final Object reloadLock = new Object();
  private volatile SourceWatcher watcher;

  /** The files the serving version was compiled from (imports included; packs are in the jar). */
  private volatile List<Path> watchedFiles;

  private ReloadingPolicy(Path[] files, Compilation initial) {
    this.files = files.clone();
    this.current.set(Policy.from(initial.result().modelOrThrow()));
    this.watchedFiles = initial.files();
    listeners.add(new ReloadLog());
    listeners.add(counters);
  }

  private static final System.Logger LOG = System.getLogger(ReloadingPolicy.class.getName());

  /** A compilation, the files it read, and whether they still held that content afterwards. */
  private record Compilation(CompilationResult result, List<Path> files, boolean stable) {}

  private static Compilation compile(Path[] files) {
    if (files.length == 0) {
      throw new IllegalArgumentException("no policy file given");
    }
    RecordingFileResolver resolver = new RecordingFileResolver(files[0]);
    List<String> names = Arrays.stream(files).map(resolver::displayName).toList();
    CompilationResult result = PolicyCompiler.compile(resolver, names);
    return new Compilation(result, resolver.read(), resolver.unchangedSinceRead());
  }

  /**
   * Compiles {@code files} (the first is the root) and returns a holder that reloads only when
   * {@link #reload()} is called.
   *
   * @throws PolicyCompilationException when the first compilation fails: there is nothing to serve
   */
  public static ReloadingPolicy load(Path... files) {
    return new ReloadingPolicy(files, compile(files));
  }

  /** Like {@link #load}, and also watches every loaded source file for changes. */
  public static ReloadingPolicy watch(Path... files) throws IOException {
    ReloadingPolicy policy = load(files);
    policy.watcher = SourceWatcher.start(policy.watchedFiles, policy::reloadIfStable);
    return policy;
  }

  /** The version serving now. */
  @Override
  public Policy get() {
    return current.get();
  }

  public void addListener(ReloadListener listener) {
    listeners.add(listener);
  }

  public void removeListener(ReloadListener listener) {
    listeners.remove(listener);
  }

  /**
   * Compiles the files now; swaps in the result if it has no errors. Reloads are serialised so two
   * changes in quick succession cannot swap in an older compilation last.
   *
   * @return the result, with diagnostics; its policy is empty when the old version kept serving
   */
  public CompilationResult reload() {
    return reload(false);
  }

  /**
   * The watcher's reload: swaps only when the files still hold, after compiling, exactly what was
   * compiled (a second read); otherwise the watcher tries again once the files are quiet.
   *
   * @return false when the files changed while compiling
   */
  boolean reloadIfStable() {
    return reload(true) != null;
  }

  private CompilationResult reload(boolean requireStable) {
    synchronized (reloadLock) {
      Compilation compilation = compile(files);
      if (requireStable && !compilation.stable()) {
        return null;
      }
      CompilationResult result = compilation.result();
      Policy previous = current.get();
      if (result.model().isEmpty()) {
        tell("rejected", l -> l.rejected(previous, result));
        return result;
      }
      Policy next;
      try {
        next = Policy.from(result.model().get());
      } catch (RuntimeException e) {
        tell("failed", l -> l.failed(previous, e));
        return result;
      }
      current.set(next);
      watchedFiles = compilation.files();
      SourceWatcher w = watcher;
      if (w != null) {
        w.watch(watchedFiles);
      }
      tell("reloaded", l -> l.reloaded(previous, next, result));
      return result;
    }
  }

  /**
   * {@code proviso.policy.reload.accepted}, {@code .rejected} and {@code .failed}. Every outcome is
   * also logged through {@link System.Logger} as {@code dev.proviso.dsl.reload.ReloadingPolicy}.
   */
  @Override
  public List<Counter> counters() {
    return counters.counters();
  }

  /** Tells every listener; one that throws is logged and does not stop the others or the swap. */
  private void tell(String event, Consumer<ReloadListener> call) {
    for (ReloadListener listener : listeners) {
      try {
        call.accept(listener);
      } catch (RuntimeException | LinkageError | AssertionError e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "policy reload listener " + listener.getClass().getName() + " threw on " + event,
            e);
      }
    }
  }

  @Override
  public void close() {
    SourceWatcher w = watcher;
    if (w != null) {
      w.close();
    }
  }
}
