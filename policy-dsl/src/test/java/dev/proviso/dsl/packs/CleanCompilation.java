package dev.proviso.dsl.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.internal.taxonomy.Taxonomies;
import dev.proviso.dsl.resolve.SourceOrigin;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test helper: a compilation with packs or taxonomies that the library itself does not spoil. */
public final class CleanCompilation {
  private CleanCompilation() {}

  /** No errors, and no diagnostic at all (not even a lint warning) inside a pack or taxonomy. */
  public static void assertClean(CompilationResult result) {
    assertThat(result.hasErrors()).as(result.render()).isFalse();
    assertThat(result.diagnostics())
        .as(result.render())
        .noneMatch(d -> librarySources().contains(d.span().file()));
  }

  /** The display names of every shipped pack and taxonomy. */
  private static Set<String> librarySources() {
    return Stream.concat(
            Packs.SHIPPED.stream().map(SourceOrigin.Pack::new),
            Taxonomies.names().stream().map(SourceOrigin.Taxonomy::new))
        .map(SourceOrigin::displayName)
        .collect(Collectors.toSet());
  }
}
