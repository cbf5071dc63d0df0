package dev.proviso.guard;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the filtered copy or map view of an annotated object, whatever shape its values take. A
 * property that holds another annotated object, directly or in an array, {@code Iterable}, map or
 * {@code Optional} (whatever its declared type: an interface, a superclass, a wildcard), is
 * filtered in turn for the same subject and purpose; a categorised property holding plain values
 * has each value kept, masked or pseudonymized. Each object is filtered once per call (shared
 * sub-objects stay shared, in linear time); a cycle is refused.
 */
final class ObjectFilter {
  private static final int MAX_DEPTH = 512; // deeper nesting would risk the stack
  private static final Object OPEN = new Object(); // being filtered: met again, it is a cycle

  private final ValueFilter values;
  private final Function<CategorySet, FieldAction[]> actions;
  private final boolean asMap;
  private final boolean mark; // register the copies made ({@link FilteredCopies})
  private Map<Object, Object> done; // source -> its filtered form; opened at the first nesting

  /**
   * @param actions the action per category of a set (decided, or cached, for one subject and
   *     purpose)
   * @param asMap whether annotated objects become property-name maps instead of copies
   * @param mark whether the copies made are registered as filtered, so that they pass later guards
   *     as they are (a repository's results); a plain {@code filter} does not pay for it
   */
  ObjectFilter(
      ValueFilter values,
      Function<CategorySet, FieldAction[]> actions,
      boolean asMap,
      boolean mark) {
    this.values = values;
    this.actions = actions;
    this.asMap = asMap;
    this.mark = mark && !asMap;
  }

  /** The filtered copy (or map) of an annotated object. */
  Object filter(Object source) {
    ClassMetadata.of(source.getClass()).requireGuarded();
    return object(source, 0);
  }

  /**
   * A value of any shape with {@code plain} applied to what is not an annotated object: annotated
   * objects filtered, containers rebuilt around their shaped elements; {@link ValueFilter#REMOVED}
   * when a plain value cannot be shown.
   */
  Object shape(Object value, FieldAction plain, int depth) {
    if (value == null) {
      return null;
    }
    if (isPlain(value)) {
      return values.apply(plain, value); // text, numbers, dates: no reflection
    }
    if (ClassMetadata.of(value.getClass()).guarded()) {
      return object(value, depth);
    }
    if (value instanceof Optional<?> optional) {
      Object inner = optional.isEmpty() ? null : shape(optional.get(), plain, depth);
      return Optional.ofNullable(inner == ValueFilter.REMOVED ? null : inner);
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Object key = shape(entry.getKey(), plain, depth);
        Object shown = shape(entry.getValue(), plain, depth);
        if (key != ValueFilter.REMOVED && shown != ValueFilter.REMOVED) {
          out.put(key, shown);
        }
      }
      return out;
    }
    if (value instanceof Iterable<?> iterable) {
      var out = value instanceof Set<?> ? new LinkedHashSet<>() : new ArrayList<>();
      for (Object element : iterable) {
        Object shown = shape(element, plain, depth);
        if (shown != ValueFilter.REMOVED) {
          out.add(shown);
        }
      }
      return out;
    }
    if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
      int length = Array.getLength(value);
      Object out = Array.newInstance(value.getClass().getComponentType(), length);
      for (int i = 0; i < length; i++) {
        Object shown = shape(Array.get(value, i), plain, depth);
        Array.set(out, i, shown == ValueFilter.REMOVED ? null : shown);
      }
      return out;
    }
    return values.apply(plain, value);
  }

  /**
   * Whether a value of an unclassified property holds annotated objects and nothing else (an empty
   * container holds no data, so it passes as an empty container).
   */
  static boolean holdsAnnotated(Object value) {
    if (value == null || value instanceof CharSequence || value instanceof Number) {
      return false;
    }
    if (ClassMetadata.of(value.getClass()).guarded()) {
      return true;
    }
    if (value instanceof Optional<?> optional) {
      return optional.isEmpty() || holdsAnnotated(optional.get());
    }
    Iterable<?> elements =
        value instanceof Map<?, ?> map
            ? map.values()
            : value instanceof Iterable<?> iterable
                ? iterable
                : value instanceof Object[] array ? java.util.Arrays.asList(array) : null;
    if (elements == null) {
      return false;
    }
    for (Object element : elements) {
      if (element != null && !holdsAnnotated(element)) {
        return false;
      }
    }
    return true;
  }

  private Object object(Object source, int depth) {
    if (depth > 0) {
      if (done == null) {
        done = new IdentityHashMap<>();
      }
      Object known = done.get(source);
      if (known == OPEN) {
        throw new IllegalArgumentException(
            "a cycle of annotated objects through "
                + source.getClass().getName()
                + "; guards filter trees and shared sub-objects, not cycles");
      }
      if (known != null) {
        return known;
      }
      if (depth > MAX_DEPTH) {
        throw new IllegalArgumentException(
            "annotated objects nested deeper than "
                + MAX_DEPTH
                + " levels under "
                + source.getClass().getName());
      }
      done.put(source, OPEN);
    }
    Object filtered = properties(source, depth);
    if (depth > 0) {
      done.put(source, filtered);
    }
    return filtered;
  }

  /**
   * Filters each property of {@code source}. A source that is itself a copy a guard produced
   * ({@link FilteredCopies}) has its restrictions applied once only: what it holds is shown as it
   * is unless this decision restricts it further; a copy made here that is marked in turn carries
   * the stronger of both.
   */
  private Object properties(Object source, int depth) {
    ClassMetadata meta = ClassMetadata.of(source.getClass());
    FieldAction[] decided = actions.apply(meta.categories());
    FilteredCopies.Mark prior = FilteredCopies.of(source);
    FilteredCopies.Applied applied = mark ? new FilteredCopies.Applied(meta.size()) : null;
    Map<String, Object> map = asMap ? new LinkedHashMap<>() : null;
    Object[] copied = asMap ? null : new Object[meta.size()];
    for (int i = 0; i < meta.size(); i++) {
      Object raw = meta.read(source, i);
      int slot = meta.slot(i);
      Object value;
      if (slot == ClassMetadata.UNCLASSIFIED && holdsAnnotated(raw)) {
        value = shape(raw, FieldAction.KEEP, depth + 1); // a holder of annotated objects
        if (applied != null) { // they carry their own marks; anything else put here later does not
          applied.set(i, values.action(slot, decided));
        }
      } else {
        FieldAction action = values.action(slot, decided);
        FieldAction before = prior == null ? null : prior.vouched(i, raw);
        if (applied != null) {
          applied.set(i, before == null ? action : FilteredCopies.strongest(before, action));
        }
        value =
            property(
                raw, before == null ? action : FilteredCopies.remaining(before, action), depth);
      }
      if (asMap) {
        if (value != ValueFilter.REMOVED) {
          map.put(meta.name(i), value);
        }
      } else {
        copied[i] = value == ValueFilter.REMOVED ? meta.empty(i) : value;
      }
    }
    if (asMap) {
      return map;
    }
    Object copy = meta.create(copied);
    if (mark) {
      FilteredCopies.mark(copy, applied, copied);
    }
    return copy;
  }

  private Object property(Object value, FieldAction action, int depth) {
    if (action == FieldAction.REMOVE) {
      return ValueFilter.REMOVED;
    }
    if (value == null || (action == FieldAction.KEEP && isPlain(value))) {
      return value; // the common case: no copy, no allocation
    }
    return shape(value, action, depth + 1);
  }

  private static boolean isPlain(Object value) {
    return value instanceof CharSequence
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Enum<?>
        || value instanceof java.time.temporal.Temporal;
  }
}
