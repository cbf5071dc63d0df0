package dev.proviso.maven;

import dev.proviso.dsl.resolve.FileSourceResolver;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: which policy files it works on, and {@code proviso.skip}.
 *
 * <p>By default the goals take every {@code .policy} file under {@code src/main/resources}, where
 * {@code Policies.fromClasspath(..)} finds them at run time.
 */
abstract class PolicyMojo extends AbstractMojo {

  /** Policy files or directories (a directory stands for every .policy file below it). */
  @Parameter(property = "proviso.policies")
  List<File> policies;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /**
   * Skips the goal. Deliberately not {@code skipTests}: {@code -DskipTests} must not ship a broken
   * policy.
   */
  @Parameter(property = "proviso.skip", defaultValue = "false")
  boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("proviso.skip is set: skipped");
      return;
    }
    run(policyFiles());
  }

  abstract void run(List<Path> files) throws MojoExecutionException, MojoFailureException;

  /** The configured files, directories expanded; none at all is a configuration error. */
  final List<Path> policyFiles() throws MojoExecutionException {
    List<File> configured =
        policies == null || policies.isEmpty()
            ? List.of(new File(basedir, "src/main/resources"))
            : policies;
    List<Path> files = new ArrayList<>();
    for (File entry : configured) {
      Path path = entry.toPath();
      if (Files.isRegularFile(path)) {
        files.add(path);
      } else if (Files.isDirectory(path)) {
        files.addAll(listed(path));
      } else {
        throw new MojoExecutionException("cannot read " + path + ": no such file or directory");
      }
    }
    if (files.isEmpty()) {
      throw new MojoExecutionException(
          "no .policy files in " + configured + " (configure <policies> or set proviso.skip)");
    }
    return List.copyOf(files);
  }

  private static List<Path> listed(Path directory) throws MojoExecutionException {
    try {
      return FileSourceResolver.policyFilesUnder(directory);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot list " + directory + ": " + e.getMessage(), e);
    }
  }
}
