package dev.proviso.guard;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;

/** Writes one property of a guarded class as the current {@link PurposeScope} allows. */
final class GuardedPropertyWriter extends BeanPropertyWriter {
  private static final long serialVersionUID = 1L;

  private final transient CategorySet categories;
  private final int slot; // index into categories, -1 when the property is unannotated

  GuardedPropertyWriter(BeanPropertyWriter base, CategorySet categories, int slot) {
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
  public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider)
      throws Exception {
    Object shown = shown(bean, provider);
    if (shown == ValueFilter.REMOVED) {
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
    if (shown == ValueFilter.REMOVED) {
      gen.writeNull();
    } else if (shown == bean) {
      super.serializeAsElement(bean, gen, provider);
    } else {
      gen.writeString((String) shown);
    }
  }

  /** {@code bean} itself to write the value as usual, REMOVED, or the masked text to write. */
  private Object shown(Object bean, SerializerProvider provider) throws Exception {
    PurposeScope scope = PurposeScope.current().orElse(null);
    if (scope == null) {
      throw JsonMappingException.from(
          provider,
          bean.getClass().getName()
              + " holds categorised data and no purpose scope is open; serialise it inside"
              + " try (PurposeScope scope = guard.scope(subject, \"purpose\")) { ... }");
    }
    ValueFilter values = scope.guard().values();
    FieldAction action =
        values.action(slot, slot < 0 ? null : scope.decisions().actions(categories));
    return switch (action) {
      case KEEP -> bean;
      case REMOVE -> ValueFilter.REMOVED;
      default -> values.apply(action, get(bean));
    };
  }
}
