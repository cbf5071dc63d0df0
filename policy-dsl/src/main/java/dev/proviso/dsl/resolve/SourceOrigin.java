package dev.proviso.dsl.resolve;

import java.util.Objects;

/**
 * Where a source came from: a policy file of the user's, a pack shipped in a jar, or the
 * declarations generated from a taxonomy. Stages that treat library sources differently (lints,
 * tests of packs, taxonomy descriptions, file watching) ask the origin, never the display name.
 *
 * <pre>{@code
 * new SourceOrigin.Pack("gdpr").displayName(); // "pack:gdpr", as diagnostics and rule ids show it
 * }</pre>
 */
public sealed interface SourceOrigin {

  /** The name diagnostics and rule ids show for this source. */
  String displayName();

  /** True for a pack or a taxonomy: part of the library, not the user's own policy. */
  default boolean library() {
    return !(this instanceof File);
  }

  /** A policy file, by its display name (relative to the root file's directory). */
  record File(String path) implements SourceOrigin {
    public File {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String displayName() {
      return path;
    }
  }

  /** A pack imported with {@code import pack "NAME"}. */
  record Pack(String name) implements SourceOrigin {
    public Pack {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String displayName() {
      return "pack:" + name;
    }
  }

  /** The declarations of a taxonomy imported with {@code import taxonomy "NAME"}. */
  record Taxonomy(String name) implements SourceOrigin {
    public Taxonomy {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String displayName() {
      return "taxonomy:" + name;
    }
  }
}
