package dev.proviso.guard;

/** Checks the arguments of the guard API: a typed error naming the argument, never a raw NPE. */
final class Arguments {
  private Arguments() {}

  static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is null; pass a value");
    }
    return value;
  }

  static void requireElements(Object[] values, String name) {
    require(values, name);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new IllegalArgumentException(name + "[" + i + "] is null; pass a value");
      }
    }
  }
}
