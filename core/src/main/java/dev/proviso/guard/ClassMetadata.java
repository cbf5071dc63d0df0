package dev.proviso.guard;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What guards need to know about one class, found by reflection once and cached per class: its
 * properties (record components, or the instance fields of a bean or plain class), the category of
 * each, and how to read them and build a copy.
 */
final class ClassMetadata {
  private static final ClassValue<ClassMetadata> CACHE =
      new ClassValue<>() {
        @Override
        protected ClassMetadata computeValue(Class<?> type) {
          return new ClassMetadata(type);
        }
      };

  private final Class<?> type;
  private final Field[] fields;
  private final String[] names;
  private final int[] slots; // index into categories; UNCLASSIFIED or NOT_PERSONAL

  /** The slot of a property without a category. */
  static final int UNCLASSIFIED = -1;

  /** The slot of a property marked {@link NotPersonalData}: always kept. */
  static final int NOT_PERSONAL = -2;

  private final CategorySet categories;
  private final Constructor<?> constructor; // canonical (records) or no-argument; may be null

  private ClassMetadata(Class<?> type) {
    this.type = type;
    List<Field> found = Properties.fields(type);
    this.fields = found.toArray(Field[]::new);
    this.names = new String[fields.length];
    String[] declared = new String[fields.length];
    Set<String> distinct = new LinkedHashSet<>();
    for (int i = 0; i < fields.length; i++) {
      names[i] = fields[i].getName();
      declared[i] = Properties.category(type, fields[i]);
      if (declared[i] != null) {
        distinct.add(declared[i]);
      }
    }
    this.categories = new CategorySet(type.getName(), distinct.toArray(String[]::new));
    this.slots = new int[fields.length];
    for (int i = 0; i < fields.length; i++) {
      boolean marked = Properties.markedNotPersonal(type, fields[i]);
      if (declared[i] != null && marked) {
        throw new IllegalArgumentException(
            type.getName()
                + "."
                + names[i]
                + " is marked both @DataCategory(\""
                + declared[i]
                + "\") and @NotPersonalData; keep the one that is true");
      }
      slots[i] =
          declared[i] != null
              ? categories.indexOf(declared[i])
              : marked || Properties.notPersonalByClass(type, fields[i])
                  ? NOT_PERSONAL
                  : UNCLASSIFIED;
    }
    this.constructor = guarded() ? openUp(type) : null;
  }

  static ClassMetadata of(Class<?> type) {
    return CACHE.get(type);
  }

  /** True when at least one property carries a {@link DataCategory}. */
  boolean guarded() {
    return categories.size() > 0;
  }

  /** Throws a helpful error when a class with no annotated property is handed to a guard. */
  ClassMetadata requireGuarded() {
    if (!guarded()) {
      throw new IllegalArgumentException(
          type.getName()
              + " has no @DataCategory field, record component or getter, so a guard cannot"
              + " tell what data it holds; annotate its properties with their data categories");
    }
    return this;
  }

  Class<?> type() {
    return type;
  }

  CategorySet categories() {
    return categories;
  }

  int size() {
    return fields.length;
  }

  String name(int property) {
    return names[property];
  }

  /**
   * The property's index into {@link #categories()}, or {@link #UNCLASSIFIED}/{@link
   * #NOT_PERSONAL}.
   */
  int slot(int property) {
    return slots[property];
  }

  Class<?> valueType(int property) {
    return fields[property].getType();
  }

  /** What a removed value becomes in a copy: null, or zero/false for a primitive. */
  Object empty(int property) {
    Class<?> t = fields[property].getType();
    return t.isPrimitive()
        ? java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(t, 1), 0)
        : null;
  }

  Object read(Object target, int property) {
    try {
      return fields[property].get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + fields[property], e);
    }
  }

  /** A new instance holding {@code values}, one per property in order. */
  Object create(Object[] values) {
    if (constructor == null) {
      throw new IllegalArgumentException(
          type.getName()
              + " has no no-argument constructor, so a guard cannot build a filtered copy;"
              + " add one, make it a record, or use filterToMap");
    }
    try {
      if (type.isRecord()) {
        return constructor.newInstance(values);
      }
      Object copy = constructor.newInstance();
      for (int i = 0; i < fields.length; i++) {
        fields[i].set(copy, values[i]);
      }
      return copy;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build a filtered copy of " + type.getName(), e);
    }
  }

  private Constructor<?> openUp(Class<?> type) {
    try {
      for (Field field : fields) {
        field.setAccessible(true);
      }
    } catch (InaccessibleObjectException e) {
      throw new IllegalArgumentException(
          "guards read "
              + type.getName()
              + " by reflection, but its module does not open package "
              + type.getPackageName()
              + "; add 'opens "
              + type.getPackageName()
              + ";' to its module-info.java",
          e);
    }
    try {
      Constructor<?> c =
          type.isRecord()
              ? type.getDeclaredConstructor(
                  java.util.Arrays.stream(type.getRecordComponents())
                      .map(RecordComponent::getType)
                      .toArray(Class<?>[]::new))
              : type.getDeclaredConstructor();
      c.setAccessible(true);
      return c;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
