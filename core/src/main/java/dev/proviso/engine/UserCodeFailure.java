package dev.proviso.engine;

/**
 * How the engine treats what user code (a consent view, a listener) throws: anything but a {@link
 * VirtualMachineError} is a failure to fail closed on, checked exceptions thrown sneakily (Kotlin,
 * Lombok's {@code @SneakyThrows}), {@link AssertionError} and {@link NoClassDefFoundError}
 * included. A machine error (out of memory) is not the store's answer, so it propagates.
 */
public final class UserCodeFailure {
  private UserCodeFailure() {}

  /** Rethrows {@code t} when it is a {@link VirtualMachineError}; returns it otherwise. */
  public static Throwable caught(Throwable t) {
    if (t instanceof VirtualMachineError fatal) {
      throw fatal;
    }
    return t;
  }

  /** Throws {@code t} as it is, checked or not (to replay a remembered failure). */
  public static RuntimeException rethrow(Throwable t) {
    throw UserCodeFailure.<RuntimeException>sneaky(t);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T sneaky(Throwable t) throws T {
    throw (T) t;
  }

  /** The failure's description for an explanation: its class and message. */
  public static String describe(Throwable t) {
    return t.getMessage() == null
        ? t.getClass().getSimpleName()
        : t instanceof RuntimeException
            ? t.getMessage()
            : t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
