package dev.proviso.spring.jackson;

import dev.proviso.guard.FieldAction;
import dev.proviso.guard.PropertyGuard;
import dev.proviso.guard.PurposeScope;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.BeanPropertyWriter;

/** Writes one property of a guarded class as the current {@link PurposeScope} allows. */
final class GuardedPropertyWriter extends BeanPropertyWriter {
  private static final long serialVersionUID = 1L;

  private final transient PropertyGuard categories;
  private final int slot; // index into categories, or unclassified (-1)

  GuardedPropertyWriter(BeanPropertyWriter base, PropertyGuard categories, int slot) {
    super(base);
    this.categories = categories;
    this.slot = slot;
  }

  private GuardedPropertyWriter(GuardedPropertyWriter base, PropertyName name) {
    super(base, name);
    this.categories = base.categories;
    this.slot = base.slot;
  }

  @Override
  protected BeanPropertyWriter _new(PropertyName newName) {
    return new GuardedPropertyWriter(this, newName);
  }

  @Override
  public void serializeAsProperty(Object bean, JsonGenerator gen, SerializationContext context)
      throws Exception {
    Object shown = shown(bean, context);
    if (shown == PropertyGuard.REMOVED) {
      return;
    }
    if (shown == bean) {
      super.serializeAsProperty(bean, gen, context);
      return;
    }
    gen.writeName(_name);
    gen.writeString((String) shown);
  }

  @Override
  public void serializeAsElement(Object bean, JsonGenerator gen, SerializationContext context)
      throws Exception {
    Object shown = shown(bean, context);
    if (shown == PropertyGuard.REMOVED) {
      gen.writeNull();
    } else if (shown == bean) {
      super.serializeAsElement(bean, gen, context);
    } else {
      gen.writeString((String) shown);
    }
  }

  /** {@code bean} itself to write the value as usual, REMOVED, or the masked text to write. */
  private Object shown(Object bean, SerializationContext context) throws Exception {
    PurposeScope scope = PurposeScope.current().orElse(null);
    if (scope == null) {
      throw DatabindException.from(
          context,
          bean.getClass().getName()
              + " holds categorised data and no purpose scope is open; serialise it inside"
              + " try (PurposeScope scope = guard.scope(subject, \"purpose\")) { ... }, or mark"
              + " the controller method @RequestPurpose");
    }
    Object value = get(bean);
    FieldAction action = categories.action(scope, slot, value);
    return switch (action) {
      case KEEP -> bean; // a nested annotated object is written by its own guarded serializer
      case REMOVE -> PropertyGuard.REMOVED;
      default -> categories.apply(scope, action, value);
    };
  }
}
