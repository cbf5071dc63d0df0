package dev.proviso;

import dev.proviso.model.Coverage;
import dev.proviso.model.Paths;
import java.util.Optional;

/**
 * A purpose of one compiled {@link Policy}, resolved once by {@code
 * policy.purpose("marketing.email")} and backed by a dense int id.
 */
public final class Purpose {
  private final Object owner;
  private final int id;
  private final String path;

  Purpose(Object owner, int id, String path) {
    this.owner = owner;
    this.id = id;
    this.path = path;
  }

  public int id() {
    return id;
  }

  public String path() {
    return path;
  }

  public Optional<String> parent() {
    return Paths.parent(path);
  }

  /**
   * True when this purpose is {@code other} or one of its ancestors (a rule on it covers other).
   */
  public boolean covers(Purpose other) {
    return Coverage.coversPurpose(path, other.path);
  }

  Object owner() {
    return owner;
  }

  @Override
  public String toString() {
    return path;
  }
}
