package dev.proviso.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import dev.proviso.guard.DataCategory;
import dev.proviso.guard.NotPersonalData;
import dev.proviso.guard.PropertyGuard;
import dev.proviso.guard.PurposeScope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Jackson module that guards serialisation: every property of a class with {@link DataCategory}
 * annotations is written only as the open {@link PurposeScope} allows (kept, masked, pseudonymized
 * or left out), so an API response or export cannot leak what its purpose may not see. Serialising
 * such a class outside a scope fails rather than leak. Classes without annotations serialise as
 * usual.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ProvisoModule());
 * try (PurposeScope scope = guard.scope(alice, "marketing.email")) {
 *   String json = mapper.writeValueAsString(customer); // no phone, no postal address
 * }
 * }</pre>
 */
public final class ProvisoModule extends Module {

  @Override
  public String getModuleName() {
    return "proviso-guard";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addBeanSerializerModifier(new GuardingModifier());
  }

  private static final class GuardingModifier extends BeanSerializerModifier {
    @Override
    public List<BeanPropertyWriter> changeProperties(
        SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> writers) {
      Set<String> distinct = new LinkedHashSet<>();
      for (BeanPropertyWriter writer : writers) {
        DataCategory category = writer.getAnnotation(DataCategory.class);
        if (category != null) {
          distinct.add(category.value());
        }
      }
      if (distinct.isEmpty()) {
        return writers;
      }
      PropertyGuard categories =
          new PropertyGuard(bean.getBeanClass().getName(), List.copyOf(distinct));
      List<BeanPropertyWriter> guarded = new ArrayList<>(writers.size());
      for (BeanPropertyWriter writer : writers) {
        DataCategory category = writer.getAnnotation(DataCategory.class);
        if (category == null && notPersonal(bean, writer)) {
          guarded.add(writer); // @NotPersonalData: written as it is
          continue;
        }
        int slot = categories.slot(category == null ? null : category.value());
        int property = PropertyGuard.property(bean.getBeanClass(), internalName(bean, writer));
        guarded.add(new GuardedPropertyWriter(writer, categories, slot, property));
      }
      return guarded;
    }

    /** The property's name before any renaming: the field or record component guards read. */
    private static String internalName(BeanDescription bean, BeanPropertyWriter writer) {
      for (BeanPropertyDefinition definition : bean.findProperties()) {
        if (definition.getName().equals(writer.getName())) {
          return definition.getInternalName();
        }
      }
      return writer.getName();
    }

    private static boolean notPersonal(BeanDescription bean, BeanPropertyWriter writer) {
      return writer.getAnnotation(NotPersonalData.class) != null
          || writer.getType().getRawClass().isAnnotationPresent(NotPersonalData.class)
          || bean.getBeanClass().isAnnotationPresent(NotPersonalData.class);
    }
  }
}
