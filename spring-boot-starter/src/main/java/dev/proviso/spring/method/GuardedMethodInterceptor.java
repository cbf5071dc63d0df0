package dev.proviso.spring.method;

import dev.proviso.guard.Guard;
import dev.proviso.guard.MethodGuard;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.ClassUtils;

/**
 * Enforces {@code @UsedFor} and {@code @SubjectId} around the methods of any Spring bean, with the
 * same rules as a guarded repository ({@link MethodGuard}): the use is checked before the method
 * runs, the method runs inside a purpose scope, and its result is filtered; obligations are
 * discharged through the guard's handlers, and one nobody handles refuses the call.
 */
final class GuardedMethodInterceptor implements MethodInterceptor {
  private final ObjectProvider<Guard> guard;
  private final Map<Class<?>, MethodGuard> methods = new ConcurrentHashMap<>();

  /** The guard is looked up on first use: advisors are created before the beans they advise. */
  GuardedMethodInterceptor(ObjectProvider<Guard> guard) {
    this.guard = guard;
  }

  @Override
  public Object invoke(MethodInvocation invocation) throws Throwable {
    Class<?> type = beanClass(invocation.getThis());
    Method method = AopUtils.getMostSpecificMethod(invocation.getMethod(), type);
    return methods(type).invoke(method, invocation.getArguments(), invocation::proceed);
  }

  /**
   * The plans of {@code type}'s guarded methods, worked out once; throws naming the method when an
   * annotation is wrong.
   */
  MethodGuard methods(Class<?> type) {
    return methods.computeIfAbsent(type, t -> MethodGuard.of(guard.getObject(), t));
  }

  static Class<?> beanClass(Object bean) {
    return ClassUtils.getUserClass(AopProxyUtils.ultimateTargetClass(bean));
  }
}
