package dev.proviso.dsl.reload;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Watches the directories of a set of files on a daemon thread and runs a callback when one of the
 * files changes. Editors and deploys often write a file in several steps, so changes are debounced:
 * the callback runs once the directory has been quiet for {@link #QUIET_MILLIS}, and when it
 * reports the files unstable (changed while compiling) it runs again after the next quiet period.
 *
 * <p>A change is seen when an event names a watched file, or when any event in a watched directory
 * comes with a changed real path of a watched file: a Kubernetes ConfigMap swaps a {@code ..data}
 * symlink, and its events never name the file. The thread survives anything the callback throws.
 */
final class SourceWatcher implements AutoCloseable {
  /** Long enough that a file written in parts a few hundred milliseconds apart is seen whole. */
  static final long QUIET_MILLIS = 500;

  private static final System.Logger LOG = System.getLogger(SourceWatcher.class.getName());

  private final WatchService service;
  private final BooleanSupplier onChange;
  private final Thread thread;
  private volatile Set<Path> files = Set.of();
  private final Map<Path, Path> realPaths = new HashMap<>();
  private final Set<Path> registered = new HashSet<>();

  private SourceWatcher(WatchService service, BooleanSupplier onChange) {
    this.service = service;
    this.onChange = onChange;
    this.thread = new Thread(this::loop, "proviso-policy-watcher");
    this.thread.setDaemon(true);
  }

  /** {@code onChange} returns false when the files changed under it: it is then run again. */
  static SourceWatcher start(List<Path> files, BooleanSupplier onChange) throws IOException {
    SourceWatcher watcher = new SourceWatcher(FileSystems.getDefault().newWatchService(), onChange);
    watcher.watch(files);
    watcher.thread.start();
    return watcher;
  }

  /** Replaces the watched files (imports may have been added or removed). */
  synchronized void watch(List<Path> paths) {
    for (Path file : paths) {
      Path directory = file.getParent();
      if (registered.add(directory)) {
        try {
          directory.register(
              service,
              StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_MODIFY,
              StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
          registered.remove(directory); // retried on the next reload
        }
      }
    }
    files = Set.copyOf(paths);
    realPathsChanged(); // remember where they lead now
  }

  /** Whether a watched file now resolves to another real file (a symlink swap); remembers it. */
  private synchronized boolean realPathsChanged() {
    boolean changed = false;
    for (Path file : files) {
      Path real;
      try {
        real = file.toRealPath();
      } catch (IOException | RuntimeException e) {
        real = null; // gone for now
      }
      changed |= realPaths.containsKey(file) && !Objects.equals(realPaths.get(file), real);
      realPaths.put(file, real);
    }
    return changed;
  }

  private void loop() {
    try {
      boolean pending = false; // a change not yet served because the files were unstable
      while (true) {
        WatchKey key = pending ? service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS) : service.take();
        boolean relevant = pending || (key != null && drain(key));
        // Debounce: keep draining until the directories are quiet.
        WatchKey next;
        while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          relevant |= drain(next);
        }
        relevant |= realPathsChanged();
        pending = relevant && !runSafely();
      }
    } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  /** Runs the callback; whatever it throws is logged and the watcher keeps watching. */
  private boolean runSafely() {
    try {
      return onChange.getAsBoolean();
    } catch (Throwable e) { // a compiler bug, even an Error, must not end reloading
      LOG.log(System.Logger.Level.ERROR, "policy reload failed; still watching", e);
      return true;
    }
  }

  private boolean drain(WatchKey key) {
    boolean relevant = false;
    Path directory = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.context() instanceof Path name
          && (files.contains(directory.resolve(name)) || name.toString().startsWith(".."))) {
        relevant = true; // ..data and friends: the ConfigMap's swap
      } else if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        relevant = true;
      }
    }
    key.reset();
    return relevant;
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      service.close();
    } catch (IOException e) {
      // nothing left to release
    }
  }
}
