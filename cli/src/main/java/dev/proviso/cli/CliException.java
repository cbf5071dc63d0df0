package dev.proviso.cli;

/**
 * A failure the command line reports as one {@code error: ...} line with its exit code, e.g. an
 * unreadable file or a malformed {@code --subject}.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** A usage or input error: exit code 2. */
  public static CliException usage(String message) {
    return new CliException(Proviso.USAGE, message);
  }

  public int exitCode() {
    return exitCode;
  }
}
