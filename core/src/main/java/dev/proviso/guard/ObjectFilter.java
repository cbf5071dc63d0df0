package dev.proviso.guard;

import dev.proviso.guard.ClassMetadata.Nesting;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the filtered copy or map view of an annotated object. An unannotated property that holds
 * another annotated object (or a List, Set, Collection or Optional of them) is not dropped as
 * unclassified: it is filtered in turn, with its own categories decided for the same subject and
 * purpose.
 */
final class ObjectFilter {
  private static final int MAX_DEPTH = 16;

  private final ValueFilter values;
  private final Function<CategorySet, FieldAction[]> actions;

  /**
   * @param actions the action per category of a set (decided, or cached, for one subject and
   *     purpose)
   */
  ObjectFilter(ValueFilter values, Function<CategorySet, FieldAction[]> actions) {
    this.values = values;
    this.actions = actions;
  }

  Object copy(Object source) {
    return filter(source, false, 0);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> toMap(Object source) {
    return (Map<String, Object>) filter(source, true, 0);
  }

  private Object filter(Object source, boolean asMap, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "annotated objects nested deeper than "
              + MAX_DEPTH
              + " levels (a cycle?) under "
              + source.getClass().getName()
              + "; guards filter trees, not graphs with cycles");
    }
    ClassMetadata meta = ClassMetadata.of(source.getClass()).requireGuarded();
    FieldAction[] decided = actions.apply(meta.categories());
    Map<String, Object> map = asMap ? new LinkedHashMap<>() : null;
    Object[] copied = asMap ? null : new Object[meta.size()];
    for (int i = 0; i < meta.size(); i++) {
      Nesting nesting = meta.slot(i) < 0 ? meta.nesting(i) : Nesting.NONE;
      FieldAction action =
          nesting == Nesting.NONE ? values.action(meta.slot(i), decided) : FieldAction.KEEP;
      Object value =
          action == FieldAction.REMOVE
              ? ValueFilter.REMOVED
              : values.apply(action, meta.read(source, i));
      if (nesting != Nesting.NONE && value != null) {
        value = nested(value, nesting, asMap, depth + 1);
      }
      if (asMap) {
        if (value != ValueFilter.REMOVED) {
          map.put(meta.name(i), value);
        }
      } else {
        copied[i] = value == ValueFilter.REMOVED ? meta.empty(i) : value;
      }
    }
    return asMap ? map : meta.create(copied);
  }

  private Object nested(Object value, Nesting nesting, boolean asMap, int depth) {
    switch (nesting) {
      case OPTIONAL:
        return ((Optional<?>) value).map(v -> element(v, asMap, depth));
      case LIST:
      case SET:
        Collection<Object> out = nesting == Nesting.SET ? new LinkedHashSet<>() : new ArrayList<>();
        for (Object element : (Collection<?>) value) {
          out.add(element(element, asMap, depth));
        }
        return out;
      default:
        return element(value, asMap, depth);
    }
  }

  /** An element of a nested property; values of unannotated subclasses pass as they are. */
  private Object element(Object value, boolean asMap, int depth) {
    return value != null && ClassMetadata.of(value.getClass()).guarded()
        ? filter(value, asMap, depth)
        : value;
  }
}
