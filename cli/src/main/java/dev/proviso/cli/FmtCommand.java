package dev.proviso.cli;

import dev.proviso.cli.report.UnifiedDiff;
import dev.proviso.dsl.format.FormatException;
import dev.proviso.dsl.format.FormattedSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code proviso fmt}: the canonical format of policy files, as {@code opa fmt} and {@code gofmt}
 * do it: to standard output by default, in place with {@code -w}, as a diff with {@code -d}, as the
 * list of files that differ with {@code -l}. Without FILES (or with {@code -}) it reads stdin.
 */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Print policy files in the canonical format (comments are kept), or with -w rewrite them.",
      "Without FILES, or with -, reads standard input and writes standard output."
    },
    footer = {
      "",
      "Exit codes: 0 done (or nothing to change), 1 with -l, -d or --check when a file is not",
      "canonical (without -w), 2 usage errors or files that do not parse (nothing is written).",
      "Examples:",
      "  proviso fmt -w policies/",
      "  proviso fmt -l policies/          # in CI: lists what is not canonical, exits 1",
      "  proviso fmt -d shop.policy        # what -w would change, as a unified diff",
      "  cat shop.policy | proviso fmt     # editors: stdin to stdout"
    })
final class FmtCommand implements Callable<Integer> {
  private static final String STDIN = "<stdin>";

  @Parameters(
      arity = "0..*",
      paramLabel = "FILES",
      description = "Policy files or directories; none, or -, for standard input.")
  List<Path> paths;

  @Option(
      names = {"-w", "--write"},
      description = "Rewrite the files that are not canonical (not with standard input).")
  boolean write;

  @Option(
      names = {"-d", "--diff"},
      description = "Print a unified diff of what formatting changes.")
  boolean diff;

  @Option(
      names = {"-l", "--list"},
      description = "Print the names of the files that are not canonical.")
  boolean list;

  @Option(
      names = "--check",
      description = "Change nothing; report the files that are not canonical and exit 1 if any.")
  boolean check;

  @ParentCommand Proviso root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (check && write) {
      throw CliException.usage("--check and -w contradict each other: give one");
    }
    boolean stdin = paths == null || paths.isEmpty() || paths.equals(List.of(Path.of("-")));
    if (stdin && write) {
      throw CliException.usage("-w writes files: give FILES, or drop -w to format standard input");
    }
    List<FormattedSource> sources = stdin ? List.of(fromStdin()) : fromFiles();
    List<FormattedSource> changed = sources.stream().filter(FormattedSource::changed).toList();
    PrintWriter out = spec.commandLine().getOut();
    if (check) {
      changed.forEach(s -> out.println("would reformat " + s.name()));
      out.println(
          changed.isEmpty()
              ? sources.size() + " file(s) already formatted"
              : changed.size() + " of " + sources.size() + " file(s) would be reformatted");
      return changed.isEmpty() ? Proviso.OK : Proviso.NEGATIVE;
    }
    if (list) {
      changed.forEach(s -> out.println(s.name()));
    }
    if (diff) {
      changed.forEach(s -> out.print(UnifiedDiff.of(s.name(), s.original(), s.formatted())));
    }
    if (write) {
      changed.forEach(FmtCommand::write);
      if (!list && !diff) {
        changed.forEach(s -> out.println("formatted " + s.name()));
        out.println(changed.size() + " of " + sources.size() + " file(s) reformatted");
      }
      return Proviso.OK;
    }
    if (!list && !diff) {
      sources.forEach(s -> out.print(s.formatted()));
      return Proviso.OK;
    }
    return changed.isEmpty() ? Proviso.OK : Proviso.NEGATIVE;
  }

  /** Every file read and formatted before anything is written. */
  private List<FormattedSource> fromFiles() {
    try {
      return FormattedSource.read(PolicyFiles.expand(paths));
    } catch (FormatException e) {
      throw CliException.usage(e.getMessage());
    }
  }

  private FormattedSource fromStdin() {
    String text;
    try {
      text = new String(root.stdin().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CliException.usage("cannot read standard input: " + e.getMessage());
    }
    try {
      return FormattedSource.of(STDIN, text);
    } catch (FormatException e) {
      throw CliException.usage(e.getMessage());
    }
  }

  private static void write(FormattedSource source) {
    Path file = Path.of(source.name());
    try {
      Files.writeString(file, source.formatted(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CliException.usage("cannot write " + file + ": " + e.getMessage());
    }
  }
}
