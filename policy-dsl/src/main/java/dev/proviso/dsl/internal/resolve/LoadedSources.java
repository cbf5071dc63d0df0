package dev.proviso.dsl.internal.resolve;

import dev.proviso.dsl.internal.syntax.ParsedSource;
import dev.proviso.dsl.resolve.SourceOrigin;
import java.util.List;
import java.util.Map;

/**
 * Every source of a compilation, parsed, in load order: the root first, then each import depth
 * first in the order written, each file once; with the origin of each by display name.
 */
public record LoadedSources(List<ParsedSource> files, Map<String, SourceOrigin> origins) {
  public LoadedSources {
    files = List.copyOf(files);
    origins = Map.copyOf(origins);
    for (ParsedSource file : files) {
      if (!origins.containsKey(file.file().file())) {
        throw new IllegalArgumentException("no origin for a loaded source");
      }
    }
  }

  public List<String> fileNames() {
    return files.stream().map(f -> f.file().file()).toList();
  }

  /** The origin of a loaded source. */
  public SourceOrigin origin(ParsedSource source) {
    return origins.get(source.file().file());
  }

  /**
   * The origin of the loaded source a span or location names; a file for any other name (a file
   * that could not be read is the user's own).
   */
  public SourceOrigin origin(String displayName) {
    return origins.getOrDefault(displayName, new SourceOrigin.File(displayName));
  }
}
