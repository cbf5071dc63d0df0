package dev.proviso.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --format text|markdown|json} and where and how to print, shared by the commands that print
 * a result.
 */
final class OutputOptions {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  PrintWriter out() {
    return command.commandLine().getOut();
  }

  /** Colour for text on a terminal unless {@code --no-color}; plain otherwise. */
  Style style() {
    boolean noColor = ((Proviso) command.root().userObject()).noColor;
    return new Style(format == Format.TEXT && Proviso.colour(noColor));
  }
}
