package dev.proviso.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code proviso:format-check}: fails the build when a policy file is not in the canonical format
 * ({@code mvn proviso:format} fixes it). Not bound by default; bind it to {@code verify} for CI.
 */
@Mojo(name = "format-check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class FormatCheckMojo extends PolicyMojo {

  @Override
  void run(List<Path> files) throws MojoExecutionException, MojoFailureException {
    Set<Path> changed = PolicyFormatting.changes(files).keySet();
    changed.forEach(f -> getLog().error("not formatted: " + f));
    if (!changed.isEmpty()) {
      throw new MojoFailureException(
          changed.size()
              + " of "
              + files.size()
              + " policy file(s) would be reformatted; run mvn proviso:format");
    }
    getLog().info(files.size() + " policy file(s) already formatted");
  }
}
