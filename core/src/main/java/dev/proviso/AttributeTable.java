package dev.proviso;

import java.util.Map;

/**
 * Attribute lookup for the hot path: a few keys in an array, compared by identity first. The engine
 * interns the names it asks for, and names written as literals in Java are interned too, so the
 * common lookup is a pointer comparison, with no hashing or division.
 */
final class AttributeTable {
  /** The table of a request without context or events. */
  static final AttributeTable EMPTY = new AttributeTable(Map.of());

  private final String[] keys;
  private final Object[] values;

  AttributeTable(Map<String, ?> attributes) {
    keys = new String[attributes.size()];
    values = new Object[keys.length];
    int i = 0;
    for (Map.Entry<String, ?> e : attributes.entrySet()) {
      keys[i] = e.getKey();
      values[i++] = e.getValue();
    }
  }

  Object get(String name) {
    String[] k = keys;
    for (int i = 0; i < k.length; i++) {
      if (k[i] == name) {
        return values[i];
      }
    }
    for (int i = 0; i < k.length; i++) {
      if (k[i].equals(name)) {
        return values[i];
      }
    }
    return null;
  }
}
