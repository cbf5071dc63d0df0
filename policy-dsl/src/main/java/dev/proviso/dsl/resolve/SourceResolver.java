package dev.proviso.dsl.resolve;

import java.io.IOException;
import java.util.Optional;

/**
 * Finds the source an {@code import} names. Implementations: relative files ({@link
 * FileSourceResolver}) and in-memory sources ({@link InMemorySourceResolver}); packs and taxonomies
 * from the classpath can be added behind the same interface.
 *
 * <pre>{@code
 * SourceResolver resolver = new InMemorySourceResolver(Map.of("gdpr.policy", "regime gdpr { ... }"));
 * resolver.resolve("shop.policy", Optional.empty(), "gdpr.policy"); // Optional[Source[gdpr.policy, ...]]
 * }</pre>
 */
public interface SourceResolver {

  /**
   * @param importingFile display name of the file that contains the import
   * @param kind the import's kind ({@code import pack "gdpr"}), empty for a plain file import
   * @param path the imported path as written
   * @return the source, or empty when there is none
   * @throws IOException when the source exists but cannot be read
   * @throws UnsupportedOperationException when this resolver does not handle {@code kind}
   */
  Optional<Source> resolve(String importingFile, Optional<String> kind, String path)
      throws IOException;

  /**
   * What to tell the author when {@link #resolve} found nothing, e.g. a did-you-mean; empty for the
   * general advice on relative paths.
   */
  default Optional<String> missingHelp(String importingFile, Optional<String> kind, String path) {
    return Optional.empty();
  }

  /** The root source a compilation starts from. */
  Optional<Source> root(String name) throws IOException;

  /** {@code dir/of/importing.policy} + {@code ../x.policy} → {@code dir/x.policy}. */
  static String relativeTo(String importingFile, String path) {
    int slash = importingFile.lastIndexOf('/');
    String joined = slash < 0 ? path : importingFile.substring(0, slash + 1) + path;
    return normalize(joined);
  }

  /** Removes {@code .} and resolvable {@code ..} segments; always uses {@code /}. */
  static String normalize(String path) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (String part : path.replace('\\', '/').split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }
}
