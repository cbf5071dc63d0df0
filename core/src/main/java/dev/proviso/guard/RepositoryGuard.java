package dev.proviso.guard;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The invocation handler behind {@link Guard#repository}: {@link MethodGuard} around each abstract
 * method of the interface, default methods as they are (they call the guarded abstract ones).
 */
final class RepositoryGuard implements InvocationHandler {
  private final Class<?> type;
  private final Object target;
  private final MethodGuard methods;

  RepositoryGuard(Guard guard, Class<?> type, Object target) {
    this.type = type;
    this.target = type.cast(target);
    this.methods = MethodGuard.of(guard, type);
    for (Method method : type.getMethods()) {
      if (methods.guards(method)) {
        method.trySetAccessible(); // a package-private repository interface still works
      }
    }
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> "guarded " + type.getSimpleName(); // the target's text may hold personal data
      };
    }
    if (!methods.guards(method)) { // a default method: it calls the guarded abstract ones
      return InvocationHandler.invokeDefault(proxy, method, args);
    }
    return methods.invoke(method, args, () -> run(method, args));
  }

  private Object run(Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(
          "the guard cannot call "
              + type.getName()
              + "."
              + method.getName()
              + " on its target; make the interface and the target class public, or open their"
              + " package to dev.proviso.core",
          e);
    }
  }
}
