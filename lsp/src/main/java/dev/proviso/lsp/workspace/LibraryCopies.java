package dev.proviso.lsp.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shipped packs and taxonomies live in the jar, not in a file an editor can open. To go to a
 * definition in one, the server writes a read-only copy of its text to a temporary directory, once
 * per distinct text, and points the editor there.
 */
final class LibraryCopies {
  private LibraryCopies() {}

  private static final Path DIRECTORY =
      Path.of(System.getProperty("java.io.tmpdir"), "proviso-lsp-library");
  private static final Map<String, Optional<String>> WRITTEN = new ConcurrentHashMap<>();

  /** The URI of a copy of {@code text}, shown as {@code displayName} ({@code pack:gdpr}). */
  static Optional<String> uri(String displayName, String text) {
    String key = displayName + "\n" + text.hashCode() + "\n" + text.length();
    return WRITTEN.computeIfAbsent(key, k -> write(displayName, text));
  }

  private static Optional<String> write(String displayName, String text) {
    String name = displayName.replaceAll("[^A-Za-z0-9._-]", "_");
    String version = Integer.toHexString(text.hashCode());
    Path file = DIRECTORY.resolve(version).resolve(name + ".policy");
    try {
      if (!Files.isRegularFile(file)
          || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), name, ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        temporary.toFile().setReadOnly();
        Files.move(
            temporary,
            file,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      return Optional.of(file.toUri().toString());
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // no copy, no location: navigation leaves the library out
    }
  }
}
