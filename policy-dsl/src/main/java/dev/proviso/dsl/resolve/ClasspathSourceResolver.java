package dev.proviso.dsl.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Policy sources on the classpath (directories and jars alike), below one base directory. Display
 * names are relative to it, as {@link FileSourceResolver} names files relative to the root file's
 * directory: the root {@code policies/shop/shop.policy} shows as {@code shop.policy}.
 *
 * <pre>{@code
 * ClasspathSourceResolver resolver =
 *     ClasspathSourceResolver.forRoot(loader, "policies/shop/shop.policy");
 * String root = resolver.displayName("policies/shop/shop.policy"); // "shop.policy"
 * }</pre>
 */
public final class ClasspathSourceResolver implements SourceResolver {
  private final ClassLoader loader;
  private final String base;

  /**
   * @param base the resource directory, empty or ending in {@code /}
   */
  public ClasspathSourceResolver(ClassLoader loader, String base) {
    this.loader = Objects.requireNonNull(loader, "loader");
    if (!base.isEmpty() && !base.endsWith("/")) {
      throw new IllegalArgumentException("resource directory must end in '/': " + base);
    }
    this.base = base;
  }

  /** A resolver for {@code rootResource}'s directory ({@code a/b/shop.policy} → {@code a/b/}). */
  public static ClasspathSourceResolver forRoot(ClassLoader loader, String rootResource) {
    String root = stripSlash(rootResource);
    return new ClasspathSourceResolver(loader, root.substring(0, root.lastIndexOf('/') + 1));
  }

  /** The resource directory display names are relative to, empty or ending in {@code /}. */
  public String base() {
    return base;
  }

  /** The display name of a resource ({@code ../} where it lies outside the base directory). */
  public String displayName(String resource) {
    String name = stripSlash(resource);
    String relative =
        name.startsWith(base)
            ? name.substring(base.length())
            : "../".repeat((int) base.chars().filter(c -> c == '/').count()) + name;
    return SourceResolver.normalize(relative);
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
    try (InputStream in = loader.getResourceAsStream(SourceResolver.normalize(base + name))) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new Source(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
  }

  private static String stripSlash(String name) {
    return name.startsWith("/") ? name.substring(1) : name;
  }
}
