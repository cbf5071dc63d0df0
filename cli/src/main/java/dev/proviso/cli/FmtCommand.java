package dev.proviso.cli;

import dev.proviso.dsl.PolicyCompilationException;
import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.format.PolicyFormatter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code proviso fmt}: rewrites policy files in the canonical format, or checks that they are. */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Rewrite policy files in the canonical format (comments are kept).",
    footer = {
      "",
      "Exit codes: 0 formatted (or, with --check, already canonical), 1 with --check when a file",
      "would change, 2 usage errors or files that do not parse.",
      "Examples:",
      "  proviso fmt shop.policy",
      "  proviso fmt --check policies/     # in CI"
    })
final class FmtCommand implements Callable<Integer> {

  @Mixin PolicyFiles files;

  @Option(
      names = "--check",
      description = "Change nothing; list the files that are not canonical and exit 1 if any.")
  boolean check;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> expanded = files.expanded();
    Map<Path, String> changes = new LinkedHashMap<>();
    for (Path file :
        expanded) { // format everything first: a file that does not parse changes nothing
      String text = SourceFiles.read(file);
      String formatted = format(file, text);
      if (!formatted.equals(text)) {
        changes.put(file, formatted);
      }
    }
    if (!check) {
      changes.forEach(SourceFiles::write);
    }
    List<Path> changed = List.copyOf(changes.keySet());
    if (check) {
      changed.forEach(f -> out.println("would reformat " + f));
      out.println(
          changed.isEmpty()
              ? expanded.size() + " file(s) already formatted"
              : changed.size() + " of " + expanded.size() + " file(s) would be reformatted");
      return changed.isEmpty() ? Proviso.OK : Proviso.NEGATIVE;
    }
    changed.forEach(f -> out.println("formatted " + f));
    out.println(changed.size() + " of " + expanded.size() + " file(s) reformatted");
    return Proviso.OK;
  }

  private static String format(Path file, String text) {
    try {
      return PolicyFormatter.format(file.getFileName().toString(), text);
    } catch (PolicyCompilationException e) {
      Diagnostic first = e.diagnostics().get(0);
      throw CliException.usage(
          "cannot format "
              + file
              + ": "
              + first.span().line()
              + ":"
              + first.span().column()
              + ": "
              + first.message()
              + " ["
              + first.code().name()
              + "]");
    }
  }
}
