package dev.proviso.cli;

import picocli.CommandLine.Option;

/** {@code --format text|markdown|json}, shared by the commands that print a result. */
final class OutputOptions {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;
}
