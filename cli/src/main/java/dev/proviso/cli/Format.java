package dev.proviso.cli;

/** How a command prints its result: for people in a terminal, for a pull request, for machines. */
public enum Format {
  TEXT,
  MARKDOWN,
  JSON
}
