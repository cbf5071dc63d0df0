package dev.proviso.guard;

import dev.proviso.Decision;
import dev.proviso.PurposeViolationException;
import dev.proviso.Subject;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The invocation handler behind {@link Guard#repository}: per call it resolves purpose and subject,
 * checks the categories the method reads before running it, runs it inside a purpose scope and
 * filters its result (an annotated object, or a List, Set, Collection or Optional of them).
 */
final class RepositoryGuard implements InvocationHandler {
  private final Guard guard;
  private final Class<?> type;
  private final Object target;
  private final Map<Method, Plan> plans = new ConcurrentHashMap<>();

  /** What reflection says about one method, worked out on its first call. */
  private record Plan(
      String name, String purpose, int subjectParameter, CategorySet reads, boolean declared) {}

  /** Works out every method's plan up front, so a mis-annotated repository fails at wiring. */
  RepositoryGuard(Guard guard, Class<?> type, Object target) {
    this.guard = guard;
    this.type = type;
    this.target = type.cast(target);
    for (Method method : type.getMethods()) {
      if (!method.isDefault() && !Modifier.isStatic(method.getModifiers())) {
        plans.put(method, plan(method));
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
        default -> "guarded " + type.getSimpleName() + "[" + target + "]";
      };
    }
    Plan plan = plans.get(method);
    if (plan == null) { // a default method: it calls the guarded abstract ones
      return InvocationHandler.invokeDefault(proxy, method, args);
    }
    PurposeScope outer = PurposeScope.current().orElse(null);
    String purpose = purpose(plan, outer);
    try (PurposeScope scope = guard.scope(subject(plan, args, outer), purpose)) {
      if (plan.reads() != null) {
        checkReads(plan, scope);
      }
      return filterResult(run(method, args), scope);
    }
  }

  /**
   * Declared categories must all be allowed; categories derived from the result type need at least
   * one allowed (the rest are filtered out of the result). A void method declaring nothing runs
   * unchecked, inside the scope.
   */
  private static void checkReads(Plan plan, PurposeScope scope) {
    if (plan.declared()) {
      scope.check(plan.reads().paths());
      return;
    }
    Decision[] decisions = scope.decisions().decisions(plan.reads());
    for (Decision decision : decisions) {
      if (decision.allowed()) {
        return;
      }
    }
    for (Decision decision : decisions) {
      if (!decision.ruleIds().isEmpty()) {
        throw new PurposeViolationException(decision); // prefer a denial that names its rule
      }
    }
    throw new PurposeViolationException(decisions[0]);
  }

  private Object run(Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static Object filterResult(Object result, PurposeScope scope) {
    if (result instanceof Optional<?> optional) {
      return optional.map(value -> filterOne(value, scope));
    }
    if (result instanceof Collection<?> collection) {
      Collection<Object> filtered =
          result instanceof Set<?> ? new LinkedHashSet<>() : new ArrayList<>(collection.size());
      for (Object element : collection) {
        filtered.add(filterOne(element, scope));
      }
      return result instanceof Set<?>
          ? Collections.unmodifiableSet((Set<Object>) filtered)
          : Collections.unmodifiableList((List<Object>) filtered);
    }
    return filterOne(result, scope);
  }

  private static Object filterOne(Object value, PurposeScope scope) {
    if (value == null || !ClassMetadata.of(value.getClass()).guarded()) {
      return value;
    }
    return scope.filter(value);
  }

  private String purpose(Plan plan, PurposeScope outer) {
    if (plan.purpose() != null) {
      return plan.purpose();
    }
    if (outer == null) {
      throw new IllegalStateException(
          plan.name()
              + " has no purpose: annotate it or its interface with @UsedFor(\"purpose\"), or call"
              + " it inside guard.scope(subject, purpose)");
    }
    return outer.purpose();
  }

  private Subject subject(Plan plan, Object[] args, PurposeScope outer) {
    if (plan.subjectParameter() >= 0) {
      Object arg = args[plan.subjectParameter()];
      if (arg instanceof Subject subject) {
        return subject;
      }
      if (arg == null) {
        throw new IllegalArgumentException(plan.name() + ": the @SubjectId argument is null");
      }
      return guard.subject(arg.toString());
    }
    if (outer == null) {
      throw new IllegalStateException(
          plan.name()
              + " has no subject: mark a parameter @SubjectId, or call it inside"
              + " guard.scope(subject, purpose)");
    }
    return outer.subject();
  }

  private Plan plan(Method method) {
    String name = type.getSimpleName() + "." + method.getName();
    UsedFor usedFor = method.getAnnotation(UsedFor.class);
    if (usedFor == null) {
      usedFor = type.getAnnotation(UsedFor.class);
    }
    int subjectParameter = -1;
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof SubjectId) {
          subjectParameter = i;
        }
      }
    }
    if (usedFor != null && usedFor.categories().length > 0) {
      return new Plan(
          name,
          usedFor.value(),
          subjectParameter,
          new CategorySet(name, usedFor.categories()),
          true);
    }
    Class<?> element = elementType(method.getGenericReturnType());
    CategorySet reads =
        element != null && ClassMetadata.of(element).guarded()
            ? ClassMetadata.of(element).categories()
            : null;
    if (reads == null && method.getReturnType() != void.class) {
      throw new IllegalArgumentException(
          name
              + " returns "
              + method.getGenericReturnType().getTypeName()
              + ", which has no @DataCategory properties, so the guard cannot tell what it reads;"
              + " declare it with @UsedFor(value = \"purpose\", categories = {\"...\"})");
    }
    return new Plan(name, usedFor == null ? null : usedFor.value(), subjectParameter, reads, false);
  }

  /** The class a method returns, or returns a collection or Optional of. */
  private static Class<?> elementType(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      Type raw = p.getRawType();
      boolean container =
          raw instanceof Class<?> r
              && (Collection.class.isAssignableFrom(r) || Optional.class.equals(r));
      if (container && p.getActualTypeArguments()[0] instanceof Class<?> c) {
        return c;
      }
    }
    return null;
  }
}
