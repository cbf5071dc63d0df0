package dev.proviso.guard;

import dev.proviso.Category;
import dev.proviso.Policy;
import dev.proviso.Purpose;
import dev.proviso.UnknownNameException;
import java.util.Arrays;
import java.util.List;

/**
 * The distinct categories decided together for one class, mapping or row shape, with their handles
 * resolved once per policy version (a reload rebinds them on first use).
 */
final class CategorySet {
  private final String owner;
  private final String[] paths;
  private volatile Bound bound;

  /**
   * @param wholeDenied per purpose id: the last whole-set request was denied, so the next call
   *     decides per category straight away (a hint only; races are harmless)
   */
  private record Bound(
      Policy policy, Category[] handles, List<Category> list, boolean[] wholeDenied) {}

  /**
   * @param owner names where the categories were declared, for error messages
   */
  CategorySet(String owner, String[] paths) {
    this.owner = owner;
    this.paths = paths;
  }

  String[] paths() {
    return paths;
  }

  int size() {
    return paths.length;
  }

  int indexOf(String path) {
    for (int i = 0; i < paths.length; i++) {
      if (paths[i].equals(path)) {
        return i;
      }
    }
    return -1;
  }

  Category[] handles(Policy policy) {
    return bind(policy).handles();
  }

  /** The handles as an immutable list, for one request over the whole set. */
  List<Category> handleList(Policy policy) {
    return bind(policy).list();
  }

  /** Whether a request for the whole set is worth trying for this purpose. */
  boolean tryWhole(Policy policy, Purpose purpose) {
    boolean[] denied = bind(policy).wholeDenied();
    return purpose.id() >= denied.length || !denied[purpose.id()];
  }

  /** Remembers whether the whole set came out allowed for this purpose. */
  void wholeAllowed(Policy policy, Purpose purpose, boolean allowed) {
    boolean[] denied = bind(policy).wholeDenied();
    if (purpose.id() < denied.length) {
      denied[purpose.id()] = !allowed;
    }
  }

  private Bound bind(Policy policy) {
    Bound b = bound;
    if (b == null || b.policy() != policy) {
      Category[] handles = resolve(policy);
      b = new Bound(policy, handles, List.of(handles), new boolean[policy.purposes().size()]);
      bound = b;
    }
    return b;
  }

  private Category[] resolve(Policy policy) {
    Category[] handles = new Category[paths.length];
    for (int i = 0; i < paths.length; i++) {
      try {
        handles[i] = policy.category(paths[i]);
      } catch (UnknownNameException e) {
        throw new IllegalArgumentException(
            owner
                + " declares "
                + e.getMessage()
                + " (policy "
                + policy.name()
                + " v"
                + policy.version()
                + "); fix the @DataCategory or column mapping",
            e);
      }
    }
    return handles;
  }

  @Override
  public String toString() {
    return owner + Arrays.toString(paths);
  }
}
