package dev.proviso.dsl.reload;

import dev.proviso.Policy;
import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.diagnostics.Diagnostic;
import java.lang.System.Logger.Level;

/**
 * Logs every reload's outcome through {@link System.Logger} ({@code
 * dev.proviso.dsl.reload.ReloadingPolicy}): what serves now, or why the change was refused. Policy
 * names, versions and diagnostics name policy text, never a person.
 */
final class ReloadLog implements ReloadListener {
  private static final System.Logger LOG = System.getLogger(ReloadingPolicy.class.getName());

  @Override
  public void reloaded(Policy previous, Policy current, CompilationResult result) {
    LOG.log(
        Level.INFO,
        "policy reloaded: {0} now serves (was version {1})",
        describe(current),
        String.valueOf(previous.version()));
  }

  @Override
  public void rejected(Policy serving, CompilationResult result) {
    long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
    String first =
        result.diagnostics().stream()
            .filter(Diagnostic::isError)
            .findFirst()
            .map(Diagnostic::headline)
            .orElse("no diagnostic");
    LOG.log(
        Level.WARNING,
        "policy reload rejected with {0} error(s); {1} keeps serving. First: {2}",
        errors,
        describe(serving),
        first);
  }

  @Override
  public void failed(Policy serving, RuntimeException error) {
    LOG.log(
        Level.ERROR,
        "policy reload failed in the decision engine; " + describe(serving) + " keeps serving",
        error);
  }

  private static String describe(Policy policy) {
    return "policy \""
        + policy.name()
        + "\" version "
        + policy.version()
        + " ("
        + policy.contentHash().substring(0, Math.min(12, policy.contentHash().length()))
        + ")";
  }
}
