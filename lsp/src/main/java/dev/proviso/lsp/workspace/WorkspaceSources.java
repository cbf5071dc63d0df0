package dev.proviso.lsp.workspace;

import dev.proviso.dsl.resolve.Source;
import dev.proviso.dsl.resolve.SourceResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sources as the editor sees them: the text of an open document wins over the file on disk, so an
 * import reflects what the author is typing in another tab. Display names are relative to the root
 * document's directory, as in {@code proviso check}.
 */
final class WorkspaceSources implements SourceResolver {

  private final Path directory;
  private final Function<Path, Optional<String>> openText;

  WorkspaceSources(Path directory, Function<Path, Optional<String>> openText) {
    this.directory = directory;
    this.openText = openText;
  }

  @Override
  public Optional<Source> resolve(String importingFile, Optional<String> kind, String path)
      throws IOException {
    if (kind.isPresent()) {
      throw new UnsupportedOperationException(kind.get());
    }
    return root(SourceResolver.relativeTo(importingFile, path));
  }

  @Override
  public Optional<Source> root(String name) throws IOException {
    Path file = directory.resolve(name).normalize();
    Optional<String> open = openText.apply(file);
    if (open.isPresent()) {
      return Optional.of(new Source(name, open.get()));
    }
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(new Source(name, Files.readString(file, StandardCharsets.UTF_8)));
  }
}
