package dev.proviso.engine;

/**
 * Three-valued (Kleene) logic as plain ints, so the hot path never boxes: {@link #FALSE}, {@link
 * #TRUE} and {@link #ERROR} (the condition could not be evaluated).
 */
public final class Tri {
  public static final int FALSE = 0;
  public static final int TRUE = 1;
  public static final int ERROR = 2;

  private Tri() {}

  public static int of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** {@code not(ERROR) = ERROR}. */
  public static int not(int value) {
    return value == ERROR ? ERROR : 1 - value;
  }

  /** {@code and(FALSE, ERROR) = FALSE}, {@code and(TRUE, ERROR) = ERROR}. */
  public static int and(int a, int b) {
    if (a == FALSE || b == FALSE) {
      return FALSE;
    }
    return a == ERROR || b == ERROR ? ERROR : TRUE;
  }

  /** {@code or(TRUE, ERROR) = TRUE}, {@code or(FALSE, ERROR) = ERROR}. */
  public static int or(int a, int b) {
    if (a == TRUE || b == TRUE) {
      return TRUE;
    }
    return a == ERROR || b == ERROR ? ERROR : FALSE;
  }

  public static String name(int value) {
    return switch (value) {
      case FALSE -> "FALSE";
      case TRUE -> "TRUE";
      default -> "ERROR";
    };
  }
}
