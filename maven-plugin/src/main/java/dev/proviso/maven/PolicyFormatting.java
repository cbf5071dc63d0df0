package dev.proviso.maven;

import dev.proviso.dsl.PolicyCompilationException;
import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.format.PolicyFormatter;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/** The canonical text of policy files, shared by {@code format} and {@code format-check}. */
final class PolicyFormatting {
  private PolicyFormatting() {}

  /**
   * The new text of every file that is not canonical, in order. Everything is formatted before
   * anything is written, so a file that does not parse changes nothing.
   */
  static Map<Path, String> changes(List<Path> files)
      throws MojoExecutionException, MojoFailureException {
    Map<Path, String> changes = new LinkedHashMap<>();
    for (Path file : files) {
      String text = read(file);
      String formatted = format(file, text);
      if (!formatted.equals(text)) {
        changes.put(file, formatted);
      }
    }
    return changes;
  }

  static void write(Path file, String text) throws MojoExecutionException {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String read(Path file) throws MojoExecutionException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new MojoExecutionException("cannot read " + file + ": it is not UTF-8 text", e);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String format(Path file, String text) throws MojoFailureException {
    try {
      return PolicyFormatter.format(file.getFileName().toString(), text);
    } catch (PolicyCompilationException e) {
      Diagnostic first = e.diagnostics().get(0);
      throw new MojoFailureException(
          "cannot format "
              + file
              + ":"
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
