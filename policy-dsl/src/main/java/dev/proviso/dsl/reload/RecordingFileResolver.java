package dev.proviso.dsl.reload;

import dev.proviso.dsl.resolve.FileSourceResolver;
import dev.proviso.dsl.resolve.Source;
import dev.proviso.dsl.resolve.SourceResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files of one compilation, read from disk and remembered: what a reloading policy watches.
 * Packs and taxonomies never pass through here (the compiler's library resolver serves them), so
 * only files of the user's own are recorded.
 */
final class RecordingFileResolver implements SourceResolver {

  private final Path base;
  private final FileSourceResolver files;
  private final Set<Path> read = new LinkedHashSet<>();
  private final Map<Path, String> texts = new HashMap<>(); // what the compiler was given

  RecordingFileResolver(Path root) {
    this.base = root.toAbsolutePath().normalize().getParent();
    this.files = FileSourceResolver.forRoot(root);
  }

  String displayName(Path file) {
    return files.displayName(file);
  }

  /** Every file a source was read from, in the order read. */
  List<Path> read() {
    return List.copyOf(read);
  }

  @Override
  public Optional<Source> resolve(String importingFile, Optional<String> kind, String path)
      throws IOException {
    return record(files.resolve(importingFile, kind, path));
  }

  @Override
  public Optional<String> missingHelp(String importingFile, Optional<String> kind, String path) {
    return files.missingHelp(importingFile, kind, path);
  }

  @Override
  public Optional<Source> root(String name) throws IOException {
    return record(files.root(name));
  }

  private Optional<Source> record(Optional<Source> source) {
    source.ifPresent(
        s -> {
          Path file = base.resolve(s.displayName()).normalize();
          read.add(file);
          texts.put(file, s.text());
        });
    return source;
  }

  /**
   * Whether every file still holds what the compiler read: the second read of the two-read rule, so
   * a file still being written (or swapped) is never served half.
   */
  boolean unchangedSinceRead() {
    for (Map.Entry<Path, String> entry : texts.entrySet()) {
      try {
        if (!Files.readString(entry.getKey(), StandardCharsets.UTF_8).equals(entry.getValue())) {
          return false;
        }
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }
    return true;
  }
}
