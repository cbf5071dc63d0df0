package dev.proviso.guard;

import java.util.List;

/**
 * The guard's rules for the categorised properties of one class, for serializer adapters in other
 * modules (proviso-jackson's {@code ProvisoModule}): which action the open {@link PurposeScope}
 * takes on a property, and the value that action leaves to write.
 *
 * <pre>{@code
 * PropertyGuard customer = new PropertyGuard("Customer", List.of("contact.email"));
 * int slot = customer.slot("contact.email");
 * try (PurposeScope scope = guard.scope(alice, "marketing.email")) {
 *   FieldAction action = customer.action(scope, slot);
 *   Object shown = customer.apply(scope, action, "alice@example.com");
 * }
 * }</pre>
 */
public final class PropertyGuard {
  /** What {@link #apply} returns for a value that must not appear at all. */
  public static final Object REMOVED = ValueFilter.REMOVED;

  private final CategorySet categories;

  /**
   * @param owner the class name, for error messages
   * @param categories the distinct categories of the class's properties
   */
  public PropertyGuard(String owner, List<String> categories) {
    this.categories = new CategorySet(owner, categories.toArray(String[]::new));
  }

  /** The index of {@code category} among this class's categories; -1 for an unannotated field. */
  public int slot(String category) {
    return category == null ? -1 : categories.indexOf(category);
  }

  /** The action {@code scope} takes on the property in {@code slot}. */
  public FieldAction action(PurposeScope scope, int slot) {
    return scope
        .guard()
        .values()
        .action(slot, slot < 0 ? null : scope.decisions().actions(categories));
  }

  /** The value to write after {@code action}, or {@link #REMOVED}. */
  public Object apply(PurposeScope scope, FieldAction action, Object value) {
    return scope.guard().values().apply(action, value);
  }
}
