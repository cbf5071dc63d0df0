package dev.proviso.dsl;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.diagnostics.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The compiler's last resort: anything that escapes a compilation (a bug in Proviso, or in a
 * resolver it calls) becomes error P900 instead of an exception, so a caller (the CLI, the reload
 * watcher, a build plugin) always gets a result it can render. The exception's own message is left
 * out: it may quote policy text or anything else the failing code held.
 */
final class CompilerBug {
  private CompilerBug() {}

  /** Where the compilation was when it failed, for the message; set by the compiler as it goes. */
  static final class Stage {
    private String doing = "starting";

    void now(String doing) {
      this.doing = doing;
    }
  }

  /** Runs {@code compilation}; a throwable escaping it becomes a P900 result for {@code root}. */
  static CompilationResult guard(
      String root, Stage stage, Supplier<CompilationResult> compilation) {
    try {
      return compilation.get();
    } catch (StackOverflowError e) {
      return result(
          root, stage, e); // the stack is unwound by now; the depth limits should prevent it
    } catch (VirtualMachineError e) {
      throw e; // out of memory or a broken JVM: nothing safe to do here
    } catch (Throwable e) { // NOPMD - the last resort must catch everything else, checked included
      return result(root, stage, e);
    }
  }

  private static CompilationResult result(String root, Stage stage, Throwable e) {
    Diagnostic bug =
        new Diagnostic(
            DiagnosticCode.P900,
            "internal compiler error while "
                + stage.doing
                + ": "
                + e.getClass().getName()
                + " (a bug in Proviso or in a source resolver it called, not in the policy)",
            new Span(root, 1, 1, 1),
            Optional.of(
                "please report it with the policy that triggers it; no policy was produced, so"
                    + " the previous version (if any) keeps serving"));
    return new CompilationResult(Optional.empty(), List.of(bug), Map.of());
  }
}
