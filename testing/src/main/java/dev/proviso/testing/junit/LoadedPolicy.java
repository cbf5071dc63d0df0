package dev.proviso.testing.junit;

import dev.proviso.Policy;
import dev.proviso.model.SourceLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Objects;

/**
 * A compiled policy and where its files came from, so a test step's {@link SourceLocation} becomes
 * a URI an IDE can open at the line.
 *
 * @param sources the URI of each policy file, keyed by the file name the compiler records
 */
record LoadedPolicy(Policy policy, Map<String, URI> sources) {

  LoadedPolicy {
    Objects.requireNonNull(policy, "policy");
    sources = Map.copyOf(sources);
  }

  /**
   * {@code classpath:/policies/shop.policy?line=12} or {@code file:/...?line=12}; null if unknown.
   */
  URI uri(SourceLocation location) {
    URI file = sources.get(location.file());
    return file == null ? null : uri(file.getScheme(), file.getPath(), "line=" + location.line());
  }

  /** A hierarchical URI ({@code classpath:/...}, {@code file:/...}), quoting what needs it. */
  static URI uri(String scheme, String path, String query) {
    try {
      return new URI(scheme, null, path, query, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a usable policy file path: " + path, e);
    }
  }
}
