package dev.proviso.maven;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.Severity;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code proviso:check}: compiles the policies; an error fails the build, and so does a warning
 * with {@code failOnWarnings}. Bound to {@code verify}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends PolicyMojo {

  /** Fails the build on warnings too. */
  @Parameter(property = "proviso.failOnWarnings", defaultValue = "false")
  boolean failOnWarnings;

  @Override
  void run(List<Path> files) throws MojoFailureException {
    CompilationResult result = PolicyCompiler.compile(files.toArray(Path[]::new));
    long errors = count(result, Severity.ERROR);
    long warnings = count(result, Severity.WARNING);
    if (errors + warnings > 0) {
      String rendered = result.render().stripTrailing();
      if (errors > 0 || failOnWarnings) {
        getLog().error("\n" + rendered);
      } else {
        getLog().warn("\n" + rendered);
      }
    }
    String summary =
        plural(errors, "error")
            + ", "
            + plural(warnings, "warning")
            + " in "
            + plural(result.sources().size(), "policy file");
    if (errors > 0) {
      throw new MojoFailureException("policy check failed: " + summary);
    }
    if (warnings > 0 && failOnWarnings) {
      throw new MojoFailureException("policy check failed (failOnWarnings): " + summary);
    }
    getLog().info("policy check passed: " + summary);
  }

  static long count(CompilationResult result, Severity severity) {
    return result.diagnostics().stream().map(Diagnostic::severity).filter(severity::equals).count();
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
