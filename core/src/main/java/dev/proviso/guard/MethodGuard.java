package dev.proviso.guard;

import dev.proviso.Decision;
import dev.proviso.PurposeViolationException;
import dev.proviso.Subject;
import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The enforcement of {@link UsedFor} and {@link SubjectId} on the methods of one type, for an
 * interceptor to call around each method: {@link Guard#repository} uses it for interfaces, and a
 * framework's method interceptor (Spring AOP in {@code proviso-spring-boot-starter}) for classes.
 * Per call it resolves purpose and subject, checks the categories the method reads before running
 * it, runs it inside a purpose scope and filters its result whatever its shape (an annotated
 * object, a plain value of the declared categories, or an array, collection, map, Optional or
 * stream of them).
 *
 * <pre>{@code
 * import java.lang.reflect.Method;
 *
 * Object find(String id) throws Throwable {
 *   MethodGuard methods = MethodGuard.of(guard, Customers.class); // fails on a bad annotation
 *   Method find = Customers.class.getMethod("find", String.class);
 *   return methods.invoke(find, new Object[] {id}, () -> customers.find(id)); // checked, filtered
 * }
 * }</pre>
 *
 * <p>Which methods are guarded: of an interface, every abstract method; of a class, every public
 * method (not {@code Object}'s) when the class is annotated {@code @UsedFor}, else the public
 * methods annotated {@code @UsedFor}. Other methods run as they are.
 */
public final class MethodGuard {
  private final Guard guard;
  private final Map<Method, Plan> plans = new ConcurrentHashMap<>();

  /** Runs the intercepted method itself. */
  @FunctionalInterface
  public interface Call {
    Object proceed() throws Throwable;
  }

  /** What reflection says about one method, worked out when the guard is made. */
  private record Plan(
      String name,
      String purpose,
      int subjectParameter,
      CategorySet reads,
      boolean declared,
      boolean passThrough) {}

  private MethodGuard(Guard guard, Class<?> type) {
    this.guard = guard;
    for (Method method : type.getMethods()) {
      if (guarded(type, method)) {
        Plan plan = plan(type, method);
        resolve(plan);
        plans.put(method, plan);
      }
    }
  }

  /**
   * Works out every guarded method's plan up front and resolves every purpose and category it
   * names, so a mis-annotated type fails at wiring, with a did-you-mean.
   *
   * @throws IllegalArgumentException naming the method when an annotation names an unknown purpose
   *     or category, or a method's result says nothing about what it reads
   */
  public static MethodGuard of(Guard guard, Class<?> type) {
    return new MethodGuard(Arguments.require(guard, "guard"), Arguments.require(type, "type"));
  }

  /** Whether {@link #invoke} enforces anything for {@code method}; if not it only proceeds. */
  public boolean guards(Method method) {
    return plans.containsKey(method);
  }

  /**
   * Checks, runs ({@code call}) and filters one call of {@code method} with {@code args}.
   *
   * @throws PurposeViolationException when the policy does not allow the use, before the method
   *     runs; {@link UndischargedObligationException} when an obligation cannot be discharged
   */
  public Object invoke(Method method, Object[] args, Call call) throws Throwable {
    Plan plan = plans.get(method);
    if (plan == null || plan.passThrough()) {
      return call.proceed();
    }
    PurposeScope outer = PurposeScope.current().orElse(null);
    String purpose = purpose(plan, outer);
    try (PurposeScope scope = guard.scope(subject(plan, args, outer), purpose)) {
      FieldAction plain = plan.reads() == null ? FieldAction.KEEP : checkReads(plan, scope);
      return shown(plan, call.proceed(), scope, plain);
    }
  }

  private static boolean guarded(Class<?> type, Method method) {
    if (Modifier.isStatic(method.getModifiers())
        || method.isBridge()
        || method.isSynthetic()
        || method.getDeclaringClass() == Object.class) {
      return false;
    }
    if (type.isInterface()) {
      return !method.isDefault();
    }
    return type.isAnnotationPresent(UsedFor.class) || method.isAnnotationPresent(UsedFor.class);
  }

  private void resolve(Plan plan) {
    try {
      if (plan.purpose() != null) {
        guard.policy().purpose(plan.purpose());
      }
      if (plan.reads() != null) {
        for (String category : plan.reads().paths()) {
          guard.policy().category(category);
        }
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(plan.name() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Declared categories must all be allowed, and none withheld by a {@code not_before}; the
   * strongest action their obligations leave applies to every plain value the method returns.
   * Categories derived from the result type need at least one allowed (the rest are filtered out of
   * the result). A void method declaring nothing runs unchecked, inside the scope.
   */
  private static FieldAction checkReads(Plan plan, PurposeScope scope) {
    Decision[] decisions = scope.decisions().decisions(plan.reads());
    if (plan.declared()) {
      FieldAction[] actions = scope.decisions().actions(plan.reads());
      FieldAction strongest = FieldAction.KEEP;
      for (int i = 0; i < decisions.length; i++) {
        if (!decisions[i].allowed()) {
          throw new PurposeViolationException(decisions[i]);
        }
        if (actions[i] == FieldAction.REMOVE) {
          throw new UndischargedObligationException(
              List.of(plan.reads().paths()[i]),
              scope.purpose(),
              "not_before",
              "the use may not happen yet",
              decisions[i],
              null);
        }
        strongest = strongest.compareTo(actions[i]) < 0 ? actions[i] : strongest;
      }
      return strongest;
    }
    for (Decision decision : decisions) {
      if (decision.allowed()) {
        return FieldAction.KEEP;
      }
    }
    for (Decision decision : decisions) {
      if (!decision.ruleIds().isEmpty()) {
        throw new PurposeViolationException(decision); // prefer a denial that names its rule
      }
    }
    throw new PurposeViolationException(decisions[0]);
  }

  /**
   * The result as the caller may see it, whatever its shape: annotated objects filtered, plain
   * values given the declared categories' action, containers and streams rebuilt around them. A
   * single plain value that cannot be masked (a number, a date) refuses the call.
   */
  private static Object shown(Plan plan, Object result, PurposeScope scope, FieldAction plain) {
    FieldDecisions decisions = scope.decisions();
    if (result instanceof Stream<?> stream) { // consumed later, maybe in parallel: one filter each
      return stream
          .map(element -> scope.guard().markedObjects(decisions).shape(element, plain, 0))
          .filter(element -> element != ValueFilter.REMOVED);
    }
    Object shown = scope.guard().markedObjects(decisions).shape(result, plain, 0);
    if (shown == ValueFilter.REMOVED) {
      throw new IllegalStateException(
          plan.name()
              + " returns a value its categories require to be "
              + plain.name().toLowerCase(Locale.ROOT)
              + "d, which only text can be; return text or an annotated object");
    }
    return shown;
  }

  private String purpose(Plan plan, PurposeScope outer) {
    if (plan.purpose() != null) {
      return plan.purpose();
    }
    if (outer == null) {
      throw new IllegalStateException(
          plan.name()
              + " has no purpose: annotate it or its type with @UsedFor(\"purpose\"), or call"
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

  private static Plan plan(Class<?> type, Method method) {
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
    String purpose = usedFor == null || usedFor.value().isEmpty() ? null : usedFor.value();
    UsedFor onType = type.getAnnotation(UsedFor.class);
    if (purpose == null && onType != null && !onType.value().isEmpty()) {
      purpose = onType.value(); // a method naming only its categories serves the type's purpose
    }
    if (usedFor != null && usedFor.categories().length > 0) {
      return new Plan(
          name,
          purpose,
          subjectParameter,
          new CategorySet(name, usedFor.categories()),
          true,
          false);
    }
    if (returnsNoPersonalData(method)) {
      return new Plan(name, null, subjectParameter, null, false, true);
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
    return new Plan(name, purpose, subjectParameter, reads, false, false);
  }

  /**
   * A count, a flag or a value marked {@link NotPersonalData}: the guard calls it as it is. A void
   * method still runs in a scope, since what it calls may read data.
   */
  private static boolean returnsNoPersonalData(Method method) {
    Class<?> returned = method.getReturnType();
    return (returned.isPrimitive() && returned != void.class)
        || Number.class.isAssignableFrom(returned)
        || returned == Boolean.class
        || method.isAnnotationPresent(NotPersonalData.class)
        || returned.isAnnotationPresent(NotPersonalData.class);
  }

  /**
   * The annotated class a method returns, or returns a container of: an array, or a collection,
   * stream, Optional or map (its value type), nested to any depth; a wildcard counts by its bound.
   */
  private static Class<?> elementType(Type type) {
    if (type instanceof Class<?> c) {
      return c.isArray() ? elementType(c.getComponentType()) : c;
    }
    if (type instanceof GenericArrayType array) {
      return elementType(array.getGenericComponentType());
    }
    if (type instanceof WildcardType wildcard) {
      return elementType(wildcard.getUpperBounds()[0]);
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] arguments = p.getActualTypeArguments();
      if (Map.class.isAssignableFrom(raw) && arguments.length == 2) {
        return elementType(arguments[1]);
      }
      if (arguments.length == 1
          && (Iterable.class.isAssignableFrom(raw)
              || Optional.class.equals(raw)
              || Stream.class.isAssignableFrom(raw))) {
        return elementType(arguments[0]);
      }
    }
    return null;
  }
}
