package dev.proviso.dsl.resolve;

import java.util.Map;
import java.util.Optional;

/** Sources held in a map by display name; imports resolve relative to the importing source. */
public final class InMemorySourceResolver implements SourceResolver {

  private final Map<String, String> sources;

  public InMemorySourceResolver(Map<String, String> sources) {
    this.sources = Map.copyOf(sources);
  }

  @Override
  public Optional<Source> resolve(String importingFile, Optional<String> kind, String path) {
    if (kind.isPresent()) {
      throw new UnsupportedOperationException(kind.get());
    }
    return root(SourceResolver.relativeTo(importingFile, path));
  }

  @Override
  public Optional<Source> root(String name) {
    return Optional.ofNullable(sources.get(name)).map(text -> new Source(name, text));
  }
}
