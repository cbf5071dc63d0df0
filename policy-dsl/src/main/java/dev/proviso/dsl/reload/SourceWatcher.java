package dev.proviso.dsl.reload;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches the directories of a set of files on a daemon thread and runs a callback when one of the
 * files changes. Editors often write a file in several steps, so changes are debounced: the
 * callback runs once the directory has been quiet for {@link #QUIET_MILLIS}.
 */
final class SourceWatcher implements AutoCloseable {
  static final long QUIET_MILLIS = 100;

  private final WatchService service;
  private final Runnable onChange;
  private final Thread thread;
  private volatile Set<Path> files = Set.of();
  private final Set<Path> registered = new HashSet<>();

  private SourceWatcher(WatchService service, Runnable onChange) {
    this.service = service;
    this.onChange = onChange;
    this.thread = new Thread(this::loop, "proviso-policy-watcher");
    this.thread.setDaemon(true);
  }

  static SourceWatcher start(List<Path> files, Runnable onChange) throws IOException {
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
  }

  private void loop() {
    try {
      while (true) {
        WatchKey key = service.take();
        boolean relevant = drain(key);
        // Debounce: keep draining until the directories are quiet.
        WatchKey next;
        while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          relevant |= drain(next);
        }
        if (relevant) {
          onChange.run();
        }
      }
    } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  private boolean drain(WatchKey key) {
    boolean relevant = false;
    Path directory = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.context() instanceof Path name && files.contains(directory.resolve(name))) {
        relevant = true;
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
