package dev.proviso.cli;

import dev.proviso.Policy;
import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.format.FormatException;
import dev.proviso.dsl.format.FormattedSource;
import dev.proviso.model.PolicyModel;
import java.nio.file.Path;
import java.util.List;

/**
 * Compiles the FILES of a command. The file that names the policy is the root; the others are
 * loaded as if it imported them. I/O problems and compile errors become one-line {@link
 * CliException}s.
 */
final class PolicyLoader {
  private PolicyLoader() {}

  /**
   * Compiles with the file that names the policy ({@code policy "x" version N}) as the root, so
   * that a directory can be given whatever the order of its files.
   */
  static CompilationResult compile(List<Path> files) {
    for (Path file : files) { // one clear line for missing, directory, non-UTF-8 files
      try {
        FormattedSource.text(file);
      } catch (FormatException e) {
        throw CliException.usage(e.getMessage());
      }
    }
    return PolicyCompiler.compile(files.toArray(Path[]::new));
  }

  /** The checked model, or a usage error naming the first compile error. */
  static PolicyModel model(List<Path> files) {
    return model(compile(files));
  }

  static PolicyModel model(CompilationResult result) {
    if (result.hasErrors()) {
      List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
      Diagnostic first = errors.get(0);
      String more =
          errors.size() == 1
              ? ""
              : " (and " + (errors.size() - 1) + " more; run 'proviso check' to see all)";
      throw CliException.usage(
          first.span() + ": " + first.message() + " [" + first.code().name() + "]" + more);
    }
    return result.model().orElseThrow();
  }

  /** The model compiled for the decision engine. */
  static Policy policy(List<Path> files) {
    PolicyModel model = model(files);
    try {
      return Policy.from(model);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("the policy cannot be compiled for decisions: " + e.getMessage());
    }
  }
}
