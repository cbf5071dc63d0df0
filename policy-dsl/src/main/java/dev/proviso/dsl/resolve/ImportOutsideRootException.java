package dev.proviso.dsl.resolve;

import java.io.IOException;

/**
 * Thrown by a {@link SourceResolver} when an import leads outside the roots it may read (a {@code
 * ../} escape, a symlink pointing elsewhere). The compiler reports it as P123 without reading, or
 * printing, the target.
 *
 * <pre>{@code
 * throw new ImportOutsideRootException("secrets/../../etc/passwd");
 * }</pre>
 */
public final class ImportOutsideRootException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param path the import as written (never the target's content)
   */
  public ImportOutsideRootException(String path) {
    super("import '" + path + "' points outside the policy directory");
  }
}
