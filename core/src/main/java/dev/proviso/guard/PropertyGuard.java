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
 *   FieldAction action = customer.action(scope, slot, "alice@example.com");
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

  /** The slot of a property marked {@link NotPersonalData} (or of such a type or class). */
  public static final int NOT_PERSONAL = ClassMetadata.NOT_PERSONAL;

  /** The index of {@code category} among this class's categories; -1 for an unannotated field. */
  public int slot(String category) {
    return category == null ? ClassMetadata.UNCLASSIFIED : categories.indexOf(category);
  }

  /**
   * The action {@code scope} takes on the property in {@code slot} holding {@code value}. An
   * unclassified property holding only annotated objects is kept: they are guarded in turn.
   */
  public FieldAction action(PurposeScope scope, int slot, Object value) {
    if (slot == ClassMetadata.UNCLASSIFIED && ObjectFilter.holdsAnnotated(value)) {
      return FieldAction.KEEP;
    }
    return scope
        .guard()
        .values()
        .action(slot, slot < 0 ? null : scope.decisions().actions(categories));
  }

  /**
   * The value to write after {@code action}, or {@link #REMOVED}. An annotated object in a masked
   * or pseudonymized property is removed: only text can be masked.
   */
  public Object apply(PurposeScope scope, FieldAction action, Object value) {
    return scope.guard().values().apply(action, value);
  }
}
