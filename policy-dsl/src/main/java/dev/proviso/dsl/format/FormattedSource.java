package dev.proviso.dsl.format;

import dev.proviso.dsl.PolicyCompilationException;
import dev.proviso.dsl.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One policy source and its canonical text ({@link PolicyFormatter}), the one formatting entry of
 * the command line's {@code fmt} and the Maven plugin's {@code format} goals: every file is read
 * and formatted before anything is written, so a file that does not parse changes nothing.
 *
 * <pre>{@code
 * for (FormattedSource source : FormattedSource.read(List.of(Path.of("shop.policy")))) {
 *   if (source.changed()) {
 *     Files.writeString(Path.of(source.name()), source.formatted());
 *   }
 * }
 * }</pre>
 *
 * @param name the file's path as given, or a name such as {@code <stdin>}
 * @param original the text as read
 * @param formatted the canonical text
 */
public record FormattedSource(String name, String original, String formatted) {

  /** Whether the canonical text differs from the original. */
  public boolean changed() {
    return !original.equals(formatted);
  }

  /**
   * Formats {@code text}, naming it {@code name} in errors.
   *
   * @throws FormatException with one line {@code cannot format NAME: LINE:COL: message [CODE]}
   */
  public static FormattedSource of(String name, String text) {
    try {
      return new FormattedSource(name, text, PolicyFormatter.format(fileName(name), text));
    } catch (PolicyCompilationException e) {
      Diagnostic first = e.diagnostics().get(0);
      throw new FormatException(
          "cannot format "
              + name
              + ": "
              + first.span().line()
              + ":"
              + first.span().column()
              + ": "
              + first.message()
              + " ["
              + first.code().name()
              + "]",
          true);
    }
  }

  /**
   * Reads (strict UTF-8) and formats every file, in order, writing nothing.
   *
   * @throws FormatException at the first file that cannot be read ({@code cannot read FILE: no such
   *     file}) or does not parse
   */
  public static List<FormattedSource> read(List<Path> files) {
    List<FormattedSource> sources = new ArrayList<>(files.size());
    for (Path file : files) {
      sources.add(of(file.toString(), text(file)));
    }
    return List.copyOf(sources);
  }

  /** The text of a policy file as strict UTF-8, or a one-line {@link FormatException}. */
  public static String text(Path file) {
    if (Files.isDirectory(file)) {
      throw new FormatException(
          "cannot read " + file + ": it is a directory (give the .policy files inside it)", false);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new FormatException("cannot read " + file + ": no such file", false);
    } catch (AccessDeniedException e) {
      throw new FormatException("cannot read " + file + ": permission denied", false);
    } catch (IOException e) {
      throw new FormatException("cannot read " + file + ": " + e.getMessage(), false);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new FormatException("cannot read " + file + ": it is not UTF-8 text", false);
    }
  }

  private static String fileName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return slash < 0 ? name : name.substring(slash + 1);
  }

  @Override
  public String toString() {
    return "FormattedSource[" + name + (changed() ? ", changed]" : ", canonical]");
  }
}
