package dev.proviso.cli;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A policy as it was at a git revision, written as git does: {@code main:policies/shop.policy}
 * (path from the repository root) or {@code HEAD~1:./shop.policy} (from the current directory).
 * Every {@code .policy} file under the root file's directory at that revision is loaded, so its
 * imports resolve as they did then.
 *
 * @param revision any git revision: a branch, a tag, a commit, {@code HEAD~1}
 * @param path the root file's path from the repository root
 */
record GitRevision(String revision, String path, Path workDir) {

  /** The argument as {@code REV:PATH} when it is not an existing file. */
  static Optional<GitRevision> parse(String argument, Path workDir) {
    int colon = argument.indexOf(':');
    if (colon <= 0 || Files.exists(workDir.resolve(argument))) {
      return Optional.empty();
    }
    String path = argument.substring(colon + 1);
    if (path.startsWith("./")) {
      path = git(workDir, "rev-parse", "--show-prefix").strip() + path.substring(2);
    }
    return Optional.of(new GitRevision(argument.substring(0, colon), path, workDir));
  }

  CompilationResult compile() {
    int slash = path.lastIndexOf('/');
    String dir = slash < 0 ? "" : path.substring(0, slash + 1);
    List<String> files = new ArrayList<>();
    for (String file :
        git(
                workDir,
                "ls-tree",
                "-r",
                "--name-only",
                "--full-tree",
                revision,
                "--",
                dir.isEmpty() ? "." : dir)
            .split("\n")) {
      if (file.endsWith(".policy")) {
        files.add(file);
      }
    }
    if (!files.contains(path)) {
      throw CliException.usage("cannot read " + this + ": no such file at that revision");
    }
    Map<String, String> sources = new LinkedHashMap<>();
    for (String file : files) {
      sources.put(file.substring(dir.length()), git(workDir, "show", revision + ":" + file));
    }
    return PolicyCompiler.compileSources(path.substring(dir.length()), sources);
  }

  @Override
  public String toString() {
    return revision + ":" + path;
  }

  private static String git(Path workDir, String... arguments) {
    List<String> command = new ArrayList<>(List.of("git", "-C", workDir.toString()));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      byte[] out = process.getInputStream().readAllBytes();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        String reason = err.lines().findFirst().orElse("exit code " + process.exitValue());
        throw CliException.usage("git " + String.join(" ", arguments) + ": " + reason);
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CliException.usage("cannot run git (" + e.getMessage() + "); is it installed?");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.usage("interrupted while running git");
    }
  }
}
