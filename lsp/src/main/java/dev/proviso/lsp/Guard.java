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
      report.accept("proviso-lsp: " + what + " failed (" + e.getClass().getSimpleName() + ")");
      return fallback;
    }
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
