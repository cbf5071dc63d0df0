package dev.proviso.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line in-process; never calls {@code System.exit}. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = writer(out);
    PrintWriter errWriter = writer(err);
    CommandLine commandLine =
        new CommandLine(new Proviso())
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
    command.getErr().println("error: " + oneLine(e.getMessage()) + " (see '" + name + " --help')");
    return USAGE;
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
