package dev.proviso.lsp.workspace;

import dev.proviso.dsl.resolve.FileSourceResolver;
import dev.proviso.dsl.resolve.Source;
import dev.proviso.dsl.resolve.SourceResolver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sources as the editor sees them: the text of an open document wins over the file on disk, so an
 * import reflects what the author is typing in another tab. Everything else (display names relative
 * to the root's directory, reading files, advice on a missing import) is {@code proviso check}'s
 * {@link FileSourceResolver}.
 */
final class WorkspaceSources implements SourceResolver {

  private final Path directory;
  private final FileSourceResolver files;
  private final Function<Path, Optional<String>> openText;

  WorkspaceSources(Path root, Function<Path, Optional<String>> openText) {
    this.directory = root.getParent();
    this.files = FileSourceResolver.forRoot(root);
    this.openText = openText;
  }

  @Override
  public Optional<Source> resolve(String importingFile, Optional<String> kind, String path)
      throws IOException {
    if (kind.isPresent()) {
      return files.resolve(importingFile, kind, path); // refuses, as for proviso check
    }
    return root(SourceResolver.relativeTo(importingFile, path));
  }

  @Override
  public Optional<String> missingHelp(String importingFile, Optional<String> kind, String path) {
    return files.missingHelp(importingFile, kind, path);
  }

  @Override
  public Optional<Source> root(String name) throws IOException {
    Optional<String> open = openText.apply(directory.resolve(name).normalize());
    return open.isPresent() ? Optional.of(new Source(name, open.get())) : files.root(name);
  }
}
