package dev.proviso.maven;

import dev.proviso.analysis.Change;
import dev.proviso.analysis.ChangeKind;
import dev.proviso.analysis.SemanticDiff;
import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.model.PolicyModel;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code proviso:diff}: the semantic diff of the policies against a baseline (a git revision such
 * as {@code origin/main}, or a file or directory): every use the change opens, closes, widens or
 * narrows, or whose condition or obligations change, computed from the compiled policies (the
 * analysis of {@code proviso diff}). Written to the log and to {@code proviso-diff.txt}; with
 * {@code failOnOpens} a change that allows what was not allowed before fails the build. Not bound
 * to a phase: run it in review builds ({@code mvn proviso:diff -Dproviso.baseline=origin/main}) or
 * bind it.
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends PolicyMojo {

  /** A git revision ({@code origin/main}, a tag, {@code HEAD~1}) or a policy file or directory. */
  @Parameter(property = "proviso.baseline", required = true)
  String baseline;

  /** Fails the build when a change opens or widens a use (allows more than the baseline did). */
  @Parameter(property = "proviso.failOnOpens", defaultValue = "false")
  boolean failOnOpens;

  /** Where the report is written. */
  @Parameter(
      property = "proviso.diffReport",
      defaultValue = "${project.build.directory}/proviso-diff.txt")
  File report;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  @Override
  void run(List<Path> files) throws MojoExecutionException, MojoFailureException {
    PolicyModel after = model(PolicyCompiler.compile(files.toArray(Path[]::new)), "the policy");
    PolicyModel before =
        model(PolicyCompiler.compile(baselineFiles(files).toArray(Path[]::new)), baseline);
    SemanticDiff diff = SemanticDiff.compare(before, after);
    List<String> lines = DiffLines.of(diff, baseline);
    lines.forEach(line -> getLog().info(line));
    write(lines);
    long opened =
        diff.changes().stream()
            .map(Change::kind)
            .filter(k -> k == ChangeKind.OPENS || k == ChangeKind.WIDENS)
            .count();
    if (failOnOpens && opened > 0) {
      throw new MojoFailureException(
          "policy diff against "
              + baseline
              + ": "
              + opened
              + (opened == 1 ? " use is" : " uses are")
              + " opened or widened (failOnOpens); see "
              + report);
    }
  }

  private List<Path> baselineFiles(List<Path> files) throws MojoExecutionException {
    Path path = basedir.toPath().resolve(baseline);
    if (Files.exists(path)) {
      return Files.isDirectory(path) ? listed(path) : List.of(path);
    }
    Path scratch = buildDirectory.toPath().resolve("proviso-baseline");
    return new GitBaseline(basedir.toPath(), baseline).checkout(files, scratch);
  }

  private static List<Path> listed(Path directory) throws MojoExecutionException {
    try {
      return dev.proviso.dsl.resolve.FileSourceResolver.policyFilesUnder(directory);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot list " + directory + ": " + e.getMessage(), e);
    }
  }

  private PolicyModel model(CompilationResult result, String what) throws MojoFailureException {
    if (result.hasErrors()) {
      getLog().error("\n" + result.render().stripTrailing());
      throw new MojoFailureException(
          "policy diff: " + what + " does not compile (proviso:check shows why)");
    }
    return result.model().orElseThrow();
  }

  private void write(List<String> lines) throws MojoExecutionException {
    try {
      Files.createDirectories(report.toPath().toAbsolutePath().getParent());
      Files.write(report.toPath(), new ArrayList<>(lines), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + report + ": " + e.getMessage(), e);
    }
  }
}
