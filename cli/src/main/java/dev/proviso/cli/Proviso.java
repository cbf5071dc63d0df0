package dev.proviso.cli;

import dev.proviso.Suggestions;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code proviso} command line: check, test, explain, matrix, diff and fmt for policy files,
 * and lsp, the language server for editors.
 *
 * <pre>{@code
 * int exit = Proviso.run(new String[] {"check", "shop.policy"}, System.out, System.err);
 * }</pre>
 *
 * <p>Exit codes: {@value #OK} success, {@value #NEGATIVE} the command's negative answer (compile
 * errors for {@code check}, failed tests, a denied request, semantic changes, files that need
 * formatting), {@value #USAGE} the command could not answer (bad options, unreadable files, a
 * policy that does not compile).
 */
@Command(
    name = "proviso",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Check, test, explain and diff Proviso data-use policies.",
    subcommands = {
      CheckCommand.class,
      TestCommand.class,
      ExplainCommand.class,
      MatrixCommand.class,
      DiffCommand.class,
      FmtCommand.class,
      LspCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 errors / failures / deny / changes, 2 usage or input errors.",
      "Examples:",
      "  proviso check shop.policy",
      "  proviso explain shop.policy --subject region=EU,age=30 \\",
      "      --category contact.email --purpose marketing.email",
      "  proviso diff old/shop.policy shop.policy"
    })
public final class Proviso implements java.util.concurrent.Callable<Integer> {

  public static final int OK = 0;
  public static final int NEGATIVE = 1;
  public static final int USAGE = 2;

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description = "Never colour the output (colour is used only on a terminal).")
  boolean noColor;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private InputStream stdin = System.in;

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line in-process; never calls {@code System.exit}. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /** {@link #run(String[], PrintStream, PrintStream)} reading standard input from {@code in}. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    PrintWriter outWriter = writer(out);
    PrintWriter errWriter = writer(err);
    Proviso proviso = new Proviso();
    proviso.stdin = in;
    CommandLine commandLine =
        new CommandLine(proviso)
            .setOut(outWriter)
            .setErr(errWriter)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setParameterExceptionHandler(Proviso::usageError)
            .setExecutionExceptionHandler(Proviso::executionError);
    try {
      return commandLine.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** Without a subcommand: the usage on stderr, exit 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** What the commands read as standard input. */
  InputStream stdin() {
    return stdin;
  }

  /** Whether output may be coloured: a terminal, no {@code --no-color}, no {@code NO_COLOR}. */
  static boolean colour(boolean noColor) {
    return !noColor && System.console() != null && System.getenv("NO_COLOR") == null;
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** One line: what is wrong and where to look. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    Optional<String> unknown = unknownCommand(e, command);
    if (unknown.isPresent()) {
      String near =
          Suggestions.closest(unknown.get(), command.getSubcommands().keySet())
              .map(s -> "; did you mean '" + s + "'?")
              .orElse("");
      command
          .getErr()
          .println(
              "error: unknown command '"
                  + unknown.get()
                  + "'"
                  + near
                  + " (see '"
                  + name
                  + " --help')");
      return USAGE;
    }
    command.getErr().println("error: " + oneLine(e.getMessage()) + " (see '" + name + " --help')");
    return USAGE;
  }

  /** The word given where a command was expected, if that is what went wrong. */
  private static Optional<String> unknownCommand(
      CommandLine.ParameterException e, CommandLine command) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
        || command.getSubcommands().isEmpty()
        || unmatched.getUnmatched().isEmpty()) {
      return Optional.empty();
    }
    String first = unmatched.getUnmatched().get(0);
    return first.startsWith("-") ? Optional.empty() : Optional.of(first);
  }

  private static int executionError(
      Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
    if (e instanceof CliException failure) {
      command.getErr().println("error: " + oneLine(failure.getMessage()));
      return failure.exitCode();
    }
    command.getErr().println("error: internal error: " + e);
    e.printStackTrace(command.getErr());
    return USAGE;
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
