package dev.proviso.guard;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Finds a class's properties and their data categories, by reflection. */
final class Properties {
  private Properties() {}

  /** The record components, or every instance field up the class hierarchy. */
  static List<Field> fields(Class<?> type) {
    return type.isRecord() ? recordFields(type) : instanceFields(type);
  }

  private static List<Field> recordFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      try {
        fields.add(type.getDeclaredField(component.getName()));
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("record " + type.getName() + " lost a component field", e);
      }
    }
    return fields;
  }

  private static List<Field> instanceFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) && !field.isSynthetic()) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  /**
   * The category on the field (or record component), else on its getter (in the class or any
   * subclass up to {@code type} that overrides it), else null.
   */
  static String category(Class<?> type, Field field) {
    DataCategory found = annotation(type, field, DataCategory.class);
    return found == null ? null : found.value();
  }

  /** Whether the property itself (field, record component or getter) is {@link NotPersonalData}. */
  static boolean markedNotPersonal(Class<?> type, Field field) {
    return annotation(type, field, NotPersonalData.class) != null;
  }

  /** Whether its type, or a class holding it, says an unclassified property is not personal. */
  static boolean notPersonalByClass(Class<?> type, Field field) {
    return field.getType().isAnnotationPresent(NotPersonalData.class)
        || field.getDeclaringClass().isAnnotationPresent(NotPersonalData.class)
        || type.isAnnotationPresent(NotPersonalData.class);
  }

  private static <A extends Annotation> A annotation(Class<?> type, Field field, Class<A> kind) {
    A onField = field.getAnnotation(kind);
    if (onField != null) {
      return onField;
    }
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        A onComponent = component.getAnnotation(kind);
        if (component.getName().equals(field.getName()) && onComponent != null) {
          return onComponent;
        }
      }
    }
    String capitalised =
        Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (String getter : List.of("get" + capitalised, "is" + capitalised, field.getName())) {
        try {
          A onGetter = c.getDeclaredMethod(getter).getAnnotation(kind);
          if (onGetter != null) {
            return onGetter;
          }
        } catch (NoSuchMethodException e) {
          // not this getter name; try the next
        }
      }
      if (c == field.getDeclaringClass()) {
        break; // getters above the field's class cannot be its accessors
      }
    }
    return null;
  }
}
