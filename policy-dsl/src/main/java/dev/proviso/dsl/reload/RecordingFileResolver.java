package dev.proviso.dsl.reload;

import dev.proviso.dsl.resolve.FileSourceResolver;
import dev.proviso.dsl.resolve.Source;
import dev.proviso.dsl.resolve.SourceResolver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
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
    source.ifPresent(s -> read.add(base.resolve(s.displayName()).normalize()));
    return source;
  }
}
