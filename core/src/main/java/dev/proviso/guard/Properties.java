package dev.proviso.guard;

import dev.proviso.guard.ClassMetadata.Nesting;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds a class's properties, their data categories and what they nest, by reflection. */
final class Properties {
  private Properties() {}

  /** The record components, or every instance field up the class hierarchy. */
  static List<Field> fields(Class<?> type) {
    return type.isRecord() ? recordFields(type) : instanceFields(type);
  }

  /** How a property of this declared type holds annotated objects, if it does. */
  static Nesting nesting(Type type) {
    if (type instanceof Class<?> c) {
      return !c.isPrimitive() && !c.getName().startsWith("java.") && ClassMetadata.of(c).guarded()
          ? Nesting.OBJECT
          : Nesting.NONE;
    }
    if (type instanceof ParameterizedType p
        && p.getActualTypeArguments().length == 1
        && nesting(p.getActualTypeArguments()[0]) == Nesting.OBJECT) {
      Type raw = p.getRawType();
      if (raw == List.class || raw == Collection.class) {
        return Nesting.LIST;
      }
      if (raw == Set.class) {
        return Nesting.SET;
      }
      if (raw == Optional.class) {
        return Nesting.OPTIONAL;
      }
    }
    return Nesting.NONE;
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

  /** The category on the field (or record component), else on its getter, else null. */
  static String category(Class<?> type, Field field) {
    DataCategory onField = field.getAnnotation(DataCategory.class);
    if (onField != null) {
      return onField.value();
    }
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        DataCategory onComponent = component.getAnnotation(DataCategory.class);
        if (component.getName().equals(field.getName()) && onComponent != null) {
          return onComponent.value();
        }
      }
    }
    String capitalised =
        Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
    for (String getter : List.of("get" + capitalised, "is" + capitalised, field.getName())) {
      try {
        Method method = field.getDeclaringClass().getDeclaredMethod(getter);
        DataCategory onGetter = method.getAnnotation(DataCategory.class);
        if (onGetter != null) {
          return onGetter.value();
        }
      } catch (NoSuchMethodException e) {
        // not this getter name; try the next
      }
    }
    return null;
  }
}
