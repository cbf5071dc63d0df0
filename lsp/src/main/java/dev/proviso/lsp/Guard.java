package dev.proviso.lsp;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs one request or notification so that nothing escapes to the client: a failure is reported (by
 * exception type only, never message text, which could quote policy content) and the request gets
 * its empty answer.
 */
final class Guard {

  private final Consumer<String> report;

  Guard(Consumer<String> report) {
    this.report = report;
  }

  <T> T call(String what, Supplier<T> work, T fallback) {
    try {
      return work.get();
    } catch (RuntimeException | StackOverflowError e) {
      report.accept("proviso-lsp: " + what + " failed (" + e.getClass().getName() + where(e) + ")");
      return fallback;
    }
  }

  /** The frame that threw, {@code at Class.method(File.java:12)}: code, never policy text. */
  private static String where(Throwable e) {
    StackTraceElement[] frames = e.getStackTrace();
    return frames.length == 0 ? "" : " at " + frames[0];
  }

  void run(String what, Runnable work) {
    call(
        what,
        () -> {
          work.run();
          return null;
        },
        null);
  }
}
