package dev.proviso.spring.method;

import dev.proviso.guard.UsedFor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Fails the application's start, rather than serve unguarded data, when a bean asks for enforcement
 * it cannot get: an annotation naming an unknown purpose or category (with a did-you-mean), a
 * method whose result says nothing about what it reads, a guarded method a proxy cannot intercept
 * (final, or not public), or a bean that was not proxied at all (auto-proxying switched off).
 */
final class GuardedBeans implements SmartInitializingSingleton {
  private final ConfigurableListableBeanFactory beans;
  private final GuardedMethodInterceptor interceptor;

  GuardedBeans(ConfigurableListableBeanFactory beans, GuardedMethodInterceptor interceptor) {
    this.beans = beans;
    this.interceptor = interceptor;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (String name : beans.getSingletonNames()) {
      Object bean = beans.getSingleton(name);
      if (bean == null) {
        continue;
      }
      Class<?> type = GuardedMethodInterceptor.beanClass(bean);
      if (!UsedForPointcut.annotated(type)) {
        continue;
      }
      interceptable(name, type);
      interceptor.methods(type);
      if (!AopUtils.isAopProxy(bean)) {
        throw new IllegalStateException(
            "bean '"
                + name
                + "' ("
                + type.getName()
                + ") uses @UsedFor but is not proxied, so nothing would enforce it; keep"
                + " spring.aop.auto=true");
      }
    }
  }

  private static void interceptable(String name, Class<?> type) {
    boolean wholeType = type.isAnnotationPresent(UsedFor.class);
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        int modifiers = method.getModifiers();
        if (Modifier.isStatic(modifiers) || method.isSynthetic()) {
          continue;
        }
        boolean guarded =
            method.isAnnotationPresent(UsedFor.class)
                || (wholeType && Modifier.isPublic(modifiers));
        if (!guarded) {
          continue;
        }
        if (!Modifier.isPublic(modifiers) || Modifier.isFinal(modifiers)) {
          throw new IllegalStateException(
              "bean '"
                  + name
                  + "': "
                  + c.getSimpleName()
                  + "."
                  + method.getName()
                  + " is guarded by @UsedFor but is "
                  + (Modifier.isFinal(modifiers) ? "final" : "not public")
                  + ", so a proxy cannot enforce it; make it public and not final");
        }
      }
    }
  }
}
