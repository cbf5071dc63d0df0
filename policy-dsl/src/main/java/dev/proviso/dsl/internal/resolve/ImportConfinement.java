package dev.proviso.dsl.internal.resolve;

import dev.proviso.dsl.resolve.SourceResolver;

/**
 * The lexical half of import confinement: a plain file import may not be absolute nor climb above
 * the root policy's directory with {@code ..}. Resolvers that read real files also check where a
 * path really leads (symlinks), see {@link dev.proviso.dsl.resolve.FileSourceResolver}.
 */
final class ImportConfinement {
  private ImportConfinement() {}

  static boolean escapes(String importingFile, String path) {
    String p = path.replace('\\', '/');
    if (p.startsWith("/") || p.matches("^[A-Za-z]:.*")) {
      return true;
    }
    // A file given from another directory (compile(a/x.policy, b/y.policy)) already starts with
    // "../": its imports may climb as far as it does, no further.
    return climbs(SourceResolver.relativeTo(importingFile, p)) > climbs(importingFile);
  }

  private static int climbs(String normalized) {
    int count = 0;
    for (String part : normalized.split("/")) {
      if (!part.equals("..")) {
        break;
      }
      count++;
    }
    return count;
  }
}
