package dev.proviso.dsl;

import dev.proviso.dsl.resolve.FileSourceResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The files a compilation of files and directories starts from, and which of them is the root. */
final class PolicyFiles {
  private PolicyFiles() {}

  private static final Pattern HEADER = Pattern.compile("(?m)^\\s*policy\\s+\"");

  /**
   * Adds {@code path}, or every {@code .policy} file below it when it is a directory, to {@code
   * files}; returns why a directory could not be used.
   */
  static Optional<String> collect(Path path, List<Path> files) {
    if (!Files.isDirectory(path)) {
      files.add(path);
      return Optional.empty();
    }
    try {
      List<Path> found = FileSourceResolver.policyFilesUnder(path);
      if (found.isEmpty()) {
        return Optional.of("no .policy files in directory '" + path + "'");
      }
      files.addAll(found);
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.of("cannot list directory '" + path + "': " + e.getMessage());
    }
  }

  /**
   * Moves the file that names the policy ({@code policy "x" version N}) to the front, so that a
   * directory compiles whatever the order of its files; an unreadable file stays where it is and is
   * reported when the compiler reads it.
   */
  static void rootFirst(List<Path> files) {
    for (int i = 0; i < files.size(); i++) {
      if (hasHeader(files.get(i))) {
        files.add(0, files.remove(i));
        return;
      }
    }
  }

  private static boolean hasHeader(Path file) {
    try {
      return HEADER.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
