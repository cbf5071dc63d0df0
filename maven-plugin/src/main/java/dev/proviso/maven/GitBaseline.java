package dev.proviso.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The policy files as they were at a git revision, written under a scratch directory with the same
 * layout, so the baseline compiles exactly as the working tree does (same root, imports resolved
 * among the files of that revision).
 */
final class GitBaseline {
  private final Path basedir;
  private final String revision;

  GitBaseline(Path basedir, String revision) {
    this.basedir = basedir;
    this.revision = revision;
  }

  /**
   * Writes every {@code .policy} file of {@code files}' directories at the revision under {@code
   * scratch} and returns the baseline path of each of {@code files} that existed then.
   */
  List<Path> checkout(List<Path> files, Path scratch) throws MojoExecutionException {
    Path top = Path.of(git(basedir, "rev-parse", "--show-toplevel").strip());
    Set<String> directories = new LinkedHashSet<>();
    List<String> wanted = new ArrayList<>();
    for (Path file : files) {
      String relative = relative(top, file);
      wanted.add(relative);
      int slash = relative.lastIndexOf('/');
      directories.add(slash < 0 ? "" : relative.substring(0, slash + 1));
    }
    Set<String> present = new LinkedHashSet<>();
    for (String directory : directories) {
      String listing =
          git(
              top,
              "ls-tree",
              "-r",
              "--name-only",
              "--full-tree",
              revision,
              "--",
              directory.isEmpty() ? "." : directory);
      for (String file : listing.split("\n")) {
        if (file.endsWith(".policy")) {
          present.add(file);
        }
      }
    }
    for (String file : present) {
      write(scratch.resolve(file), git(top, "show", revision + ":" + file));
    }
    List<Path> baseline = new ArrayList<>();
    for (String file : wanted) {
      if (present.contains(file)) {
        baseline.add(scratch.resolve(file));
      }
    }
    if (baseline.isEmpty()) {
      throw new MojoExecutionException(
          "none of the policy files existed at " + revision + ": nothing to compare with");
    }
    return baseline;
  }

  private static String relative(Path top, Path file) throws MojoExecutionException {
    try {
      return top.toRealPath()
          .relativize(file.toRealPath())
          .toString()
          .replace(file.getFileSystem().getSeparator(), "/");
    } catch (IOException e) {
      throw new MojoExecutionException("cannot resolve " + file + ": " + e.getMessage(), e);
    }
  }

  private static void write(Path file, String text) throws MojoExecutionException {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String git(Path dir, String... arguments) throws MojoExecutionException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        String reason = err.lines().findFirst().orElse("exit code " + process.exitValue());
        throw new MojoExecutionException("git " + String.join(" ", arguments) + ": " + reason);
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot run git (" + e.getMessage() + "); is it installed?");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("interrupted while running git");
    }
  }
}
