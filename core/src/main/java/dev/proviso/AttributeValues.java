package dev.proviso;

import java.time.Instant;
import java.util.List;

/** Normalises attribute values given from Java to the policy's value types. */
final class AttributeValues {
  private AttributeValues() {}

  /**
   * Text stays a String, any Java number becomes a Double, booleans and instants stay, a list of
   * text becomes an immutable List of String. Anything else is rejected where it is given, not at
   * decision time.
   */
  static Object normalise(String name, Object value) {
    if (value instanceof String || value instanceof Boolean || value instanceof Instant) {
      return value;
    }
    if (value instanceof java.lang.Number n) {
      return n.doubleValue();
    }
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (!(element instanceof String)) {
          throw new IllegalArgumentException(
              "attribute '" + name + "': a list must hold only text, found " + element);
        }
      }
      return List.copyOf(list);
    }
    throw new IllegalArgumentException(
        "attribute '"
            + name
            + "': unsupported value "
            + (value == null ? "null" : value.getClass().getSimpleName())
            + " (use text, a number, a boolean, an Instant or a list of text)");
  }
}
