package dev.proviso.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads policy files as UTF-8 text, turning every I/O problem into one clear usage error. */
final class SourceFiles {
  private SourceFiles() {}

  static String read(Path file) {
    if (Files.isDirectory(file)) {
      throw CliException.usage(
          "cannot read " + file + ": it is a directory (give the .policy files inside it)");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw CliException.usage("cannot read " + file + ": no such file");
    } catch (AccessDeniedException e) {
      throw CliException.usage("cannot read " + file + ": permission denied");
    } catch (IOException e) {
      throw CliException.usage("cannot read " + file + ": " + e.getMessage());
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw CliException.usage("cannot read " + file + ": it is not UTF-8 text");
    }
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CliException.usage("cannot write " + file + ": " + e.getMessage());
    }
  }
}
