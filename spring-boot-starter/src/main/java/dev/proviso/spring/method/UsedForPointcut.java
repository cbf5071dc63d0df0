package dev.proviso.spring.method;

import dev.proviso.guard.UsedFor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.util.ClassUtils;

/**
 * The methods {@link GuardedMethodInterceptor} guards: every public method of a bean class
 * annotated {@code @UsedFor}, and every method annotated {@code @UsedFor} itself.
 */
final class UsedForPointcut extends StaticMethodMatcherPointcut {

  @Override
  public boolean matches(Method method, Class<?> targetClass) {
    if (method.getDeclaringClass() == Object.class || Modifier.isStatic(method.getModifiers())) {
      return false;
    }
    Class<?> type = ClassUtils.getUserClass(targetClass);
    return annotated(type)
        || AopUtils.getMostSpecificMethod(method, type).isAnnotationPresent(UsedFor.class);
  }

  /** Whether any part of {@code type} asks for enforcement. */
  static boolean annotated(Class<?> type) {
    if (type.isAnnotationPresent(UsedFor.class)) {
      return true;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        if (method.isAnnotationPresent(UsedFor.class)) {
          return true;
        }
      }
    }
    return false;
  }
}
