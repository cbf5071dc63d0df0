package dev.proviso.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import dev.proviso.guard.FieldAction;
import dev.proviso.guard.PropertyGuard;
import dev.proviso.guard.PurposeScope;

/** Writes one property of a guarded class as the current {@link PurposeScope} allows. */
final class GuardedPropertyWriter extends BeanPropertyWriter {
  private static final long serialVersionUID = 1L;

  private final transient PropertyGuard categories;
  private final int slot; // index into categories, or unclassified (-1)
  private final int property; // the property as guards read it, to find a filtered copy's mark

  GuardedPropertyWriter(BeanPropertyWriter base, PropertyGuard categories, int slot, int property) {
    super(base);
    this.categories = categories;
    this.slot = slot;
    this.property = property;
  }

  private GuardedPropertyWriter(GuardedPropertyWriter base, PropertyName name) {
    super(base, name);
    this.categories = base.categories;
    this.slot = base.slot;
    this.property = base.property;
  }

  @Override
  protected BeanPropertyWriter _new(PropertyName newName) {
    return new GuardedPropertyWriter(this, newName);
  }

  @Override
  public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider)
      throws Exception {
    Object shown = shown(bean, provider);
    if (shown == PropertyGuard.REMOVED) {
      return;
    }
    if (shown == bean) {
      super.serializeAsField(bean, gen, provider);
      return;
    }
    gen.writeFieldName(_name);
    gen.writeString((String) shown);
  }

  @Override
  public void serializeAsElement(Object bean, JsonGenerator gen, SerializerProvider provider)
      throws Exception {
    Object shown = shown(bean, provider);
    if (shown == PropertyGuard.REMOVED) {
      gen.writeNull();
    } else if (shown == bean) {
      super.serializeAsElement(bean, gen, provider);
    } else {
      gen.writeString((String) shown);
    }
  }

  /**
   * {@code bean} itself to write the value as usual, REMOVED, or the masked text to write. A copy a
   * guarded repository returned is written as it was restricted, with or without a scope (a scope
   * may only restrict it further); anything else needs the open scope.
   */
  private Object shown(Object bean, SerializerProvider provider) throws Exception {
    PurposeScope scope = PurposeScope.current().orElse(null);
    Object value = get(bean);
    FieldAction action = categories.action(scope, bean, property, slot, value);
    if (action == null) {
      throw JsonMappingException.from(
          provider,
          bean.getClass().getName()
              + " holds categorised data, is not a result a guarded repository filtered, and no"
              + " purpose scope is open; read it through guard.repository(...) or serialise it"
              + " inside try (PurposeScope scope = guard.scope(subject, \"purpose\")) { ... }");
    }
    return switch (action) {
      case KEEP -> bean; // a nested annotated object is written by its own guarded serializer
      case REMOVE -> PropertyGuard.REMOVED;
      default -> categories.apply(scope, action, value);
    };
  }
}
