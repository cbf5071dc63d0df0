package dev.proviso.spring.jackson;

import dev.proviso.guard.DataCategory;
import dev.proviso.guard.NotPersonalData;
import dev.proviso.guard.PropertyGuard;
import dev.proviso.guard.PurposeScope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * The Jackson 3 ({@code tools.jackson}) variant of proviso-jackson's {@code ProvisoModule}, which
 * Spring Boot 4 registers in its {@code JsonMapper}: every property of a class with {@link
 * DataCategory} annotations is written only as the open {@link PurposeScope} allows (kept, masked,
 * pseudonymized or left out), so a response body cannot show what its purpose may not see.
 * Serialising such a class outside a scope fails rather than leak. The decisions are core's {@link
 * PropertyGuard}, the same rules as every other guard.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ProvisoJacksonModule()).build();
 * try (PurposeScope scope = guard.scope(alice, "marketing.email")) {
 *   String json = mapper.writeValueAsString(customer); // no phone, no postal address
 * }
 * }</pre>
 */
public final class ProvisoJacksonModule extends JacksonModule {

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
    context.addSerializerModifier(new GuardingModifier());
  }

  private static final class GuardingModifier extends ValueSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(
        SerializationConfig config,
        BeanDescription.Supplier bean,
        List<BeanPropertyWriter> writers) {
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
      Class<?> type = bean.getBeanClass();
      PropertyGuard categories = new PropertyGuard(type.getName(), List.copyOf(distinct));
      List<BeanPropertyWriter> guarded = new ArrayList<>(writers.size());
      for (BeanPropertyWriter writer : writers) {
        DataCategory category = writer.getAnnotation(DataCategory.class);
        if (category == null && notPersonal(type, writer)) {
          guarded.add(writer); // @NotPersonalData: written as it is
          continue;
        }
        int slot = categories.slot(category == null ? null : category.value());
        guarded.add(new GuardedPropertyWriter(writer, categories, slot));
      }
      return guarded;
    }

    private static boolean notPersonal(Class<?> type, BeanPropertyWriter writer) {
      return writer.getAnnotation(NotPersonalData.class) != null
          || writer.getType().getRawClass().isAnnotationPresent(NotPersonalData.class)
          || type.isAnnotationPresent(NotPersonalData.class);
    }
  }
}
