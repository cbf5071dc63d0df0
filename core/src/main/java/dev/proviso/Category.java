package dev.proviso;

import dev.proviso.model.Coverage;
import dev.proviso.model.Effect;
import dev.proviso.model.Paths;
import dev.proviso.model.Provenance;
import java.util.List;
import java.util.Optional;

/**
 * A data category of one compiled {@link Policy}, resolved once by {@code
 * policy.category("contact.email")} and backed by a dense int id, so decisions never look names up.
 */
public final class Category {
  private final Object owner;
  private final int id;
  private final String path;
  private final boolean sensitive;
  private final Provenance provenance;
  private final List<Category> alone = List.of(this); // a one-category request without a copy

  Category(Object owner, int id, String path, boolean sensitive, Provenance provenance) {
    this.owner = owner;
    this.id = id;
    this.path = path;
    this.sensitive = sensitive;
    this.provenance = provenance;
  }

  /** The dense id inside the owning policy. */
  public int id() {
    return id;
  }

  public String path() {
    return path;
  }

  /** True when this category or an ancestor is marked {@code sensitive}. */
  public boolean sensitive() {
    return sensitive;
  }

  public Provenance provenance() {
    return provenance;
  }

  public Optional<String> parent() {
    return Paths.parent(path);
  }

  /** True when this category is {@code other} or one of its ancestors (it covers {@code other}). */
  public boolean covers(Category other) {
    return Coverage.covers(Effect.ALLOW, path, other.path);
  }

  /** The policy token this handle belongs to; handles of another policy are re-resolved by path. */
  /** This category as a one-element list, shared by every request for it alone. */
  List<Category> alone() {
    return alone;
  }

  Object owner() {
    return owner;
  }

  @Override
  public String toString() {
    return path;
  }
}
