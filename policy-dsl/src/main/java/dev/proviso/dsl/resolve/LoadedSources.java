package dev.proviso.dsl.resolve;

import dev.proviso.dsl.syntax.ParsedSource;
import java.util.List;

/**
 * Every source of a compilation, parsed, in load order: the root first, then each import depth
 * first in the order written, each file once.
 */
public record LoadedSources(List<ParsedSource> files) {
  public LoadedSources {
    files = List.copyOf(files);
  }

  public List<String> fileNames() {
    return files.stream().map(f -> f.file().file()).toList();
  }
}
