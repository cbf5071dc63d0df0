package dev.proviso.dsl.resolve;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /**
   * @param baseDirectory the root file's directory; display names are relative to it
   */
  public FileSourceResolver(Path baseDirectory) {
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
  }

  /** A resolver for {@code rootFile}'s directory, and the root's display name. */
  public static FileSourceResolver forRoot(Path rootFile) {
    Path parent = rootFile.toAbsolutePath().normalize().getParent();
    return new FileSourceResolver(parent == null ? Path.of("/") : parent);
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
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Source(name, Files.readString(file, StandardCharsets.UTF_8)));
    } catch (CharacterCodingException e) {
      throw new IOException("it is not UTF-8 text", e);
    }
  }
}
