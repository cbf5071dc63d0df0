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
 *
 * <p>A copy a guard already filtered carries what was done to it, so an adapter writes it as it is,
 * with or without a scope, and never restricts a value twice ({@link #action(PurposeScope, Object,
 * int, int, Object)}).
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
   * The index of the property {@code name} of {@code type} as guards read it (a field or record
   * component), for {@link #action(PurposeScope, Object, int, int, Object)}; -1 when it is none.
   */
  public static int property(Class<?> type, String name) {
    ClassMetadata meta;
    try {
      meta = ClassMetadata.of(type);
    } catch (IllegalArgumentException e) {
      return -1; // guards cannot read the class, so no copy of it was made: a scope is needed
    }
    for (int i = 0; i < meta.size(); i++) {
      if (meta.name(i).equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The action still to take on property {@code property} ({@link #property(Class, String)}) of
   * {@code bean}, holding {@code value}, in {@code scope} (null when none is open). When {@code
   * bean} is a copy a guard already filtered and the property still holds what the guard left
   * there, that restriction counts as done: the value is written as it is ({@code KEEP}), or left
   * out if it was removed, unless the open scope restricts it further. Returns null when {@code
   * bean} is no such copy (or the property was set since) and no scope is open: writing it would
   * leak.
   */
  public FieldAction action(PurposeScope scope, Object bean, int property, int slot, Object value) {
    if (slot == ClassMetadata.UNCLASSIFIED && ObjectFilter.holdsAnnotated(value)) {
      return FieldAction.KEEP;
    }
    FilteredCopies.Mark mark = FilteredCopies.of(bean);
    FieldAction applied = mark == null ? null : mark.vouched(property, value);
    if (applied == null) {
      return scope == null ? null : action(scope, slot, value);
    }
    return FilteredCopies.remaining(applied, scope == null ? null : action(scope, slot, value));
  }

  /**
   * The value to write after {@code action}, or {@link #REMOVED}. An annotated object in a masked
   * or pseudonymized property is removed: only text can be masked.
   */
  public Object apply(PurposeScope scope, FieldAction action, Object value) {
    return scope.guard().values().apply(action, value);
  }
}
