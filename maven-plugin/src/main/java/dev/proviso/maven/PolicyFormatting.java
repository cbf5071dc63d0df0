package dev.proviso.maven;

import dev.proviso.dsl.format.FormatException;
import dev.proviso.dsl.format.FormattedSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The canonical text of policy files for {@code format} and {@code format-check}: policy-dsl's
 * {@link FormattedSource}, the same entry {@code proviso fmt} uses.
 */
final class PolicyFormatting {
  private PolicyFormatting() {}

  /**
   * The new text of every file that is not canonical, in order. Everything is formatted before
   * anything is written, so a file that does not parse changes nothing.
   */
  static Map<Path, String> changes(List<Path> files)
      throws MojoExecutionException, MojoFailureException {
    List<FormattedSource> sources;
    try {
      sources = FormattedSource.read(files);
    } catch (FormatException e) {
      if (e.syntax()) {
        throw new MojoFailureException(e.getMessage());
      }
      throw new MojoExecutionException(e.getMessage(), e);
    }
    Map<Path, String> changes = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      if (sources.get(i).changed()) {
        changes.put(files.get(i), sources.get(i).formatted());
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
}
