package dev.proviso.cli;

import dev.proviso.dsl.resolve.FileSourceResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The FILES arguments: a directory stands for every {@code .policy} file under it. */
final class PolicyFiles {

  @Parameters(arity = "1..*", paramLabel = "FILES", description = "Policy files or directories.")
  List<Path> files;

  List<Path> expanded() {
    return expand(files);
  }

  static List<Path> expand(List<Path> arguments) {
    List<Path> files = new ArrayList<>();
    for (Path argument : arguments) {
      if (!Files.isDirectory(argument)) {
        if (!Files.exists(argument)) {
          throw CliException.usage("cannot read " + argument + ": no such file");
        }
        files.add(argument);
        continue;
      }
      try {
        List<Path> found = FileSourceResolver.policyFilesUnder(argument);
        if (found.isEmpty()) {
          throw CliException.usage("no .policy files in directory " + argument);
        }
        files.addAll(found);
      } catch (IOException e) {
        throw CliException.usage("cannot list " + argument + ": " + e.getMessage());
      }
    }
    return files;
  }
}
