package dev.proviso.cli;

/**
 * ANSI colour for terminal output; a no-op when colour is off so that pipes, files and CI logs get
 * plain text.
 */
public record Style(boolean enabled) {

  public String red(String text) {
    return paint("31", text);
  }

  public String green(String text) {
    return paint("32", text);
  }

  public String yellow(String text) {
    return paint("33", text);
  }

  public String bold(String text) {
    return paint("1", text);
  }

  public String dim(String text) {
    return paint("2", text);
  }

  private String paint(String code, String text) {
    return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
