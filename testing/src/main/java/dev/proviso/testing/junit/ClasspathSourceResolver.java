package dev.proviso.testing.junit;

import dev.proviso.dsl.resolve.Source;
import dev.proviso.dsl.resolve.SourceResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads policy sources from the classpath (directories and jars alike), below one base directory;
 * display names are relative to it, as the compiler names files relative to the root file.
 */
final class ClasspathSourceResolver implements SourceResolver {
  private final ClassLoader loader;
  private final String base;

  /**
   * @param base the resource directory, empty or ending in {@code /}
   */
  ClasspathSourceResolver(ClassLoader loader, String base) {
    this.loader = loader;
    this.base = base;
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
    try (InputStream in = loader.getResourceAsStream(base + name)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new Source(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
  }
}
