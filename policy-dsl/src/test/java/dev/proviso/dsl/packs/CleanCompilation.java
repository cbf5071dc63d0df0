package dev.proviso.dsl.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.CompilationResult;

/** Test helper: a compilation with packs or taxonomies that the library itself does not spoil. */
public final class CleanCompilation {
  private CleanCompilation() {}

  /** No errors, and no diagnostic at all (not even a lint warning) inside a pack or taxonomy. */
  public static void assertClean(CompilationResult result) {
    assertThat(result.hasErrors()).as(result.render()).isFalse();
    assertThat(result.diagnostics())
        .as(result.render())
        .noneMatch(d -> LibraryResolver.isLibrarySource(d.span().file()));
  }
}
