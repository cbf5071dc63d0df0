package dev.proviso.dsl.packs;

import dev.proviso.Suggestions;
import dev.proviso.dsl.internal.taxonomy.Taxonomies;
import dev.proviso.dsl.internal.taxonomy.TaxonomySource;
import dev.proviso.dsl.resolve.Source;
import dev.proviso.dsl.resolve.SourceOrigin;
import dev.proviso.dsl.resolve.SourceResolver;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Adds the shipped library to any resolver: {@code import pack "gdpr"} loads a {@link Packs pack}
 * from the classpath, {@code import taxonomy "fideslang"} a taxonomy's declarations; every other
 * import goes to the wrapped resolver. A pack or taxonomy is loaded once per compilation however
 * many files import it, so packs and the user's own policy can all build on the same taxonomy.
 *
 * <pre>{@code
 * SourceResolver resolver = LibraryResolver.wrap(FileSourceResolver.forRoot(path));
 * }</pre>
 */
public final class LibraryResolver implements SourceResolver {

  private static final String PACK = "pack";
  private static final String TAXONOMY = "taxonomy";

  private final SourceResolver files;

  private LibraryResolver(SourceResolver files) {
    this.files = files;
  }

  /** {@code resolver} with packs and taxonomies added (once, however often it is wrapped). */
  public static SourceResolver wrap(SourceResolver resolver) {
    return resolver instanceof LibraryResolver ? resolver : new LibraryResolver(resolver);
  }

  @Override
  public Optional<Source> resolve(String importingFile, Optional<String> kind, String path)
      throws IOException {
    if (kind.equals(Optional.of(PACK))) {
      return Packs.source(path).map(text -> new Source(new SourceOrigin.Pack(path), text));
    }
    if (kind.equals(Optional.of(TAXONOMY))) {
      return Taxonomies.byName(path)
          .map(t -> new Source(new SourceOrigin.Taxonomy(path), TaxonomySource.render(t)));
    }
    return files.resolve(importingFile, kind, path);
  }

  @Override
  public Optional<String> missingHelp(String importingFile, Optional<String> kind, String path) {
    if (kind.equals(Optional.of(PACK))) {
      return Optional.of(help(path, Packs.SHIPPED, "packs"));
    }
    if (kind.equals(Optional.of(TAXONOMY))) {
      return Optional.of(help(path, Taxonomies.names(), "taxonomies"));
    }
    return files.missingHelp(importingFile, kind, path);
  }

  private static String help(String path, List<String> known, String what) {
    return Suggestions.closest(path, known)
        .map(s -> "did you mean '" + s + "'?")
        .orElse("the shipped " + what + " are: " + String.join(", ", known));
  }

  @Override
  public Optional<Source> root(String name) throws IOException {
    return files.root(name);
  }
}
