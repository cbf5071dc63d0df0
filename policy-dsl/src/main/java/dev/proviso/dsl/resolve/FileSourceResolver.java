package dev.proviso.dsl.resolve;

import dev.proviso.dsl.internal.syntax.SourceLimits;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Policy files on disk. Display names are paths relative to the root file's directory, with {@code
 * /} separators: the root {@code policies/shop/shop.policy} shows as {@code shop.policy}, its
 * {@code import "regimes/gdpr.policy"} as {@code regimes/gdpr.policy}. Rule ids use them, so they
 * do not depend on the working directory.
 */
public final class FileSourceResolver implements SourceResolver {

  private final Path baseDirectory;
  private final List<Path> roots; // where reads may lead, symlinks resolved: base first

  /**
   * @param baseDirectory the root file's directory; display names are relative to it, and only
   *     files under it may be read
   */
  public FileSourceResolver(Path baseDirectory) {
    this(baseDirectory, List.of());
  }

  private FileSourceResolver(Path baseDirectory, List<Path> extraRoots) {
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    List<Path> all = new ArrayList<>();
    all.add(this.baseDirectory);
    extraRoots.forEach(r -> all.add(r.toAbsolutePath().normalize()));
    this.roots = List.copyOf(all);
  }

  /**
   * This resolver, also allowed to read files under {@code moreRoots} (shared house rules kept in
   * another directory). Imports leading anywhere else are error P123.
   *
   * <pre>{@code
   * FileSourceResolver resolver =
   *     FileSourceResolver.forRoot(Path.of("policies/shop.policy")).allowing(Path.of("shared"));
   * }</pre>
   */
  public FileSourceResolver allowing(Path... moreRoots) {
    List<Path> extra = new ArrayList<>(roots.subList(1, roots.size()));
    extra.addAll(List.of(moreRoots));
    return new FileSourceResolver(baseDirectory, extra);
  }

  /** A resolver for {@code rootFile}'s directory, and the root's display name. */
  public static FileSourceResolver forRoot(Path rootFile) {
    Path parent = rootFile.toAbsolutePath().normalize().getParent();
    return new FileSourceResolver(parent == null ? Path.of("/") : parent);
  }

  /** Whether {@code path} is under one of the roots, as written or with symlinks resolved. */
  private boolean within(Path path) {
    for (Path root : roots) {
      if (path.startsWith(root) || path.startsWith(realOrSelf(root))) {
        return true;
      }
    }
    return false;
  }

  private static Path realOrSelf(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }

  /** Every {@code .policy} file below {@code directory}, in path order. */
  public static List<Path> policyFilesUnder(Path directory) throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(p -> p.toString().endsWith(".policy") && Files.isRegularFile(p))
          .sorted()
          .toList();
    }
  }

  /** The display name of a file under this resolver's base directory. */
  public String displayName(Path file) {
    Path relative = baseDirectory.relativize(file.toAbsolutePath().normalize());
    return SourceResolver.normalize(relative.toString());
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
    Path file = baseDirectory.resolve(name).normalize();
    if (!within(file)) {
      throw new ImportOutsideRootException(name);
    }
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    if (!within(file.toRealPath())) {
      throw new ImportOutsideRootException(name); // a symlink leading out
    }
    long size = Files.size(file);
    if (size > SourceLimits.MAX_SOURCE_BYTES) {
      throw new IOException(SourceLimits.tooLargeMessage(size, "bytes"));
    }
    try {
      return Optional.of(new Source(name, Files.readString(file, StandardCharsets.UTF_8)));
    } catch (CharacterCodingException e) {
      throw new IOException("it is not UTF-8 text", e);
    }
  }
}
