package dev.proviso;

import dev.proviso.consent.ConsentView;
import dev.proviso.model.AttributeDefinition;
import dev.proviso.model.AttributeType;
import dev.proviso.model.Value;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Decides straight from the application's own subject objects: each attribute the policy declares
 * in its {@code subject { ... }} block is read by a getter over the application's record, bound
 * once per policy version, so a decision copies nothing into maps, boxes no number and, on the fast
 * path, allocates nothing. The names and their types are checked against the policy when the
 * accessor is built; an attribute left unbound is missing.
 *
 * <pre>{@code
 * record Customer(String id, String region, int age) {}
 *
 * SubjectAccessor<Customer> customers =
 *     SubjectAccessor.builder(policy, Customer::id)
 *         .text("region", Customer::region)
 *         .number("age", Customer::age)
 *         .build();
 * Decision d = customers.decide(
 *     new Customer("cust-42", "EU", 30),
 *     policy.purpose("marketing.email"),
 *     policy.category("contact.email"),
 *     Instant.now(),
 *     ConsentView.NONE);
 * }</pre>
 *
 * <p>Thread-safe. Each thread reuses one request of its own; the getters run on the calling thread
 * during {@code decide}, and a decision never keeps the record. A getter that throws makes the
 * decision a fail-closed DENY, as a failing consent store does.
 *
 * @param <T> the application's subject type
 */
public final class SubjectAccessor<T> {
  private final Policy policy;
  private final Function<? super T, String> id;
  private final String[] names; // interned: the engine's names compare by identity
  private final Value.Scope[] scopes; // per slot: a subject or context attribute, or an event
  private final AttributeType[] types; // null for an event
  private final Function<Object, ?>[] values; // per slot; null for a number slot
  private final ToDoubleFunction<Object>[] numbers; // per slot; null unless a number slot
  private final ThreadLocal<Reusable> perThread;

  /** The per-thread subject and request, and whether a decision on this thread is using them. */
  private static final class Reusable {
    final Subject subject;
    Request request; // made on the thread's first decision
    boolean busy;

    Reusable(SubjectAccessor<?> accessor) {
      subject = new Subject(accessor);
    }
  }

  private SubjectAccessor(Builder<T> b) {
    this.policy = b.policy;
    this.id = b.id;
    int n = b.names.size();
    this.names = b.names.toArray(new String[n]);
    this.scopes = b.scopes.toArray(new Value.Scope[n]);
    this.types = b.types.toArray(new AttributeType[n]);
    this.values = cast(b.values.toArray(new Function<?, ?>[n]));
    this.numbers = castNumbers(b.numbers.toArray(new ToDoubleFunction<?>[n]));
    this.perThread = ThreadLocal.withInitial(() -> new Reusable(this));
  }

  /**
   * Starts binding the policy's subject attributes; {@code id} gives the subject's id (not null).
   */
  public static <T> Builder<T> builder(Policy policy, Function<? super T, String> id) {
    return new Builder<>(policy, id);
  }

  /** The policy whose attributes this accessor binds. */
  public Policy policy() {
    return policy;
  }

  /**
   * Decides the use of {@code category} of {@code subject} for {@code purpose} at {@code at}, as
   * {@link Policy#decide(Request, ConsentView)} decides the equivalent request (the record's
   * context attributes and events included).
   */
  public Decision decide(
      T subject, Purpose purpose, Category category, Instant at, ConsentView consents) {
    Objects.requireNonNull(category, "category");
    return decide(subject, purpose, category.alone(), at, consents);
  }

  /**
   * Decides one request for several categories at once: allowed only if every one is, as a {@link
   * Request} with these categories. Pass an immutable list ({@code List.of(email, phone)}, built
   * once): it is used as it is, so nothing is allocated per call; any other list is copied.
   */
  public Decision decide(
      T subject, Purpose purpose, List<Category> categories, Instant at, ConsentView consents) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    List<Category> requested = List.copyOf(categories); // the list itself if already immutable
    if (requested.isEmpty()) {
      throw new IllegalArgumentException("a request needs at least one data category");
    }
    Objects.requireNonNull(at, "at");
    String subjectId = Objects.requireNonNull(id.apply(subject), "the subject's id");
    Reusable reusable = perThread.get();
    if (reusable.busy) { // a re-entrant decision (from a consent view): use a fresh request
      return policy.decide(request(subjectId, subject, requested, purpose, at), consents);
    }
    reusable.busy = true;
    try {
      reusable.subject.bind(subjectId, subject);
      if (reusable.request == null) {
        reusable.request = Request.reusable(reusable.subject, requested, purpose);
      }
      reusable.request.rebind(requested, purpose, at);
      return policy.decideReusable(reusable.request, consents);
    } finally {
      reusable.subject.bind("", null); // the record is not kept past the call
      reusable.busy = false;
    }
  }

  /** An immutable request with the record's attributes, context and events copied. */
  private Request request(
      String subjectId, T record, List<Category> categories, Purpose purpose, Instant at) {
    Request.Builder b =
        Request.builder(new Subject(subjectId, attributes(record)), purpose).categories(categories);
    context(record).forEach(b::context);
    events(record).forEach(b::event);
    return b.at(at).build();
  }

  private int slot(String name) {
    return slot(Value.Scope.SUBJECT, name);
  }

  private int slot(Value.Scope scope, String name) {
    String[] n = names;
    for (int i = 0; i < n.length; i++) {
      if (n[i] == name && scopes[i] == scope) {
        return i;
      }
    }
    for (int i = 0; i < n.length; i++) {
      if (n[i].equals(name) && scopes[i] == scope) {
        return i;
      }
    }
    return -1;
  }

  /** A context attribute or event (by {@code scope}) of the record, read once per decision. */
  Object value(Reads reads, Object record, Value.Scope scope, String name) {
    int slot = slot(scope, name);
    if (slot < 0) {
      return null;
    }
    if (reads.valueIn[slot] != reads.generation) {
      reads.values[slot] = value(record, slot);
      reads.valueIn[slot] = reads.generation;
    }
    return reads.values[slot];
  }

  /**
   * One decision's reads of the record, kept by the per-thread subject: each getter runs at most
   * once per decision however many conditions read its attribute (a region tested by two regimes is
   * one call). {@link #next} starts a decision; nothing is allocated per decision.
   */
  static final class Reads {
    private final Object[] values;
    private final double[] numbers;
    private final int[] valueIn; // the decision (generation) a slot's object was last read in
    private final int[] numberIn; // the same for a number slot read unboxed
    private int generation = 1;

    Reads(int slots) {
      values = new Object[slots];
      numbers = new double[slots];
      valueIn = new int[slots];
      numberIn = new int[slots];
    }

    /** Starts a decision: every slot is read afresh. */
    void next() {
      if (++generation == Integer.MAX_VALUE) {
        Arrays.fill(valueIn, 0);
        Arrays.fill(numberIn, 0);
        generation = 1;
      }
    }

    /** Drops the record's values, which are not kept past the call. */
    void forget() {
      Arrays.fill(values, null);
      next();
    }
  }

  Reads reads() {
    return new Reads(names.length);
  }

  /** {@link #value(Object, String)}, each slot's getter run once per decision. */
  Object value(Reads reads, Object record, String name) {
    int slot = slot(name);
    if (slot < 0) {
      return null;
    }
    if (reads.valueIn[slot] != reads.generation) {
      reads.values[slot] = value(record, slot);
      reads.valueIn[slot] = reads.generation;
    }
    return reads.values[slot];
  }

  /** {@link #number(Object, String)}, each slot's getter run once per decision. */
  double number(Reads reads, Object record, String name) {
    int slot = slot(name);
    if (slot < 0) {
      return Double.NaN;
    }
    if (numbers[slot] == null) {
      return value(reads, record, name) instanceof Double d ? d : Double.NaN;
    }
    if (reads.numberIn[slot] != reads.generation) {
      reads.numbers[slot] = numbers[slot].applyAsDouble(record);
      reads.numberIn[slot] = reads.generation;
    }
    return reads.numbers[slot];
  }

  /** The attribute's value as {@link Subject#get} gives it, or null when missing. */
  Object value(Object record, String name) {
    int slot = slot(name);
    if (slot < 0) {
      return null;
    }
    return value(record, slot);
  }

  private Object value(Object record, int slot) {
    if (numbers[slot] != null) {
      double d = numbers[slot].applyAsDouble(record);
      return Double.isNaN(d) ? null : d;
    }
    Object value = values[slot].apply(record);
    if (scopes[slot] == Value.Scope.EVENT) {
      return value; // an Instant, by the getter's type
    }
    return types[slot] == AttributeType.TEXT_LIST && value != null
        ? AttributeValues.normalise(names[slot], value)
        : value;
  }

  /** A number attribute without boxing; NaN when missing or not a number. */
  double number(Object record, String name) {
    int slot = slot(name);
    if (slot < 0) {
      return Double.NaN;
    }
    if (numbers[slot] != null) {
      return numbers[slot].applyAsDouble(record);
    }
    return values[slot].apply(record) instanceof Double d ? d : Double.NaN;
  }

  /** Every bound attribute that has a value, for the general path's immutable subject. */
  Map<String, Object> attributes(Object record) {
    return bound(record, Value.Scope.SUBJECT);
  }

  /** Every bound context attribute that has a value, for the general path's immutable request. */
  Map<String, Object> context(Object record) {
    return bound(record, Value.Scope.CONTEXT);
  }

  /** Every bound event that happened (not null), for the general path's immutable request. */
  Map<String, Instant> events(Object record) {
    Map<String, Instant> events = new LinkedHashMap<>();
    bound(record, Value.Scope.EVENT).forEach((name, at) -> events.put(name, (Instant) at));
    return events;
  }

  private Map<String, Object> bound(Object record, Value.Scope scope) {
    Map<String, Object> bound = new LinkedHashMap<>();
    for (int slot = 0; slot < names.length; slot++) {
      if (scopes[slot] == scope) {
        Object value = value(record, slot);
        if (value != null) {
          bound.put(names[slot], value);
        }
      }
    }
    return bound;
  }

  /** Whether any context attribute or event is bound (the request then reads them here). */
  boolean bindsRequest() {
    for (Value.Scope scope : scopes) {
      if (scope != Value.Scope.SUBJECT) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static Function<Object, ?>[] cast(Function<?, ?>[] functions) {
    return (Function<Object, ?>[]) functions;
  }

  @SuppressWarnings("unchecked")
  private static ToDoubleFunction<Object>[] castNumbers(ToDoubleFunction<?>[] functions) {
    return (ToDoubleFunction<Object>[]) functions;
  }

  /** Binds attribute names of the policy's subject block to getters; checked against the policy. */
  public static final class Builder<T> {
    private final Policy policy;
    private final Function<? super T, String> id;
    private final Map<String, AttributeType> declared = new LinkedHashMap<>();
    private final Map<String, AttributeType> declaredContext = new LinkedHashMap<>();
    private final java.util.Set<String> events;
    private final List<String> names = new ArrayList<>();
    private final List<Value.Scope> scopes = new ArrayList<>();
    private final List<AttributeType> types = new ArrayList<>();
    private final List<Function<? super T, ?>> values = new ArrayList<>();
    private final List<ToDoubleFunction<? super T>> numbers = new ArrayList<>();

    private Builder(Policy policy, Function<? super T, String> id) {
      this.policy = Objects.requireNonNull(policy, "policy");
      this.id = Objects.requireNonNull(id, "id");
      for (AttributeDefinition a : policy.model().subjectAttributes()) {
        declared.put(a.name(), a.type());
      }
      for (AttributeDefinition a : policy.model().contextAttributes()) {
        declaredContext.put(a.name(), a.type());
      }
      events = EventNames.of(policy.model());
    }

    /** A text attribute; the getter returning null means the attribute is missing. */
    public Builder<T> text(String name, Function<? super T, String> getter) {
      return bind(name, AttributeType.TEXT, getter, null);
    }

    /** A number attribute, read without boxing; the getter returning NaN means missing. */
    public Builder<T> number(String name, ToDoubleFunction<? super T> getter) {
      return bind(name, AttributeType.NUMBER, null, Objects.requireNonNull(getter, "getter"));
    }

    /** A bool attribute; the getter returning null means the attribute is missing. */
    public Builder<T> bool(String name, Function<? super T, Boolean> getter) {
      return bind(name, AttributeType.BOOL, getter, null);
    }

    /** An instant attribute; the getter returning null means the attribute is missing. */
    public Builder<T> instant(String name, Function<? super T, Instant> getter) {
      return bind(name, AttributeType.INSTANT, getter, null);
    }

    /** A list-of-text attribute; the getter returning null means the attribute is missing. */
    public Builder<T> texts(String name, Function<? super T, List<String>> getter) {
      return bind(name, AttributeType.TEXT_LIST, getter, null);
    }

    /**
     * A context attribute ({@code context { ... }} block) read from the same record, e.g. the
     * channel of the call the record describes; the getter returning null means missing. Its Java
     * type must fit the declared type (String for text, a Number for number, Boolean, Instant, a
     * List of String).
     */
    public Builder<T> context(String name, Function<? super T, ?> getter) {
      Objects.requireNonNull(name, "name");
      AttributeType declaredType = declaredContext.get(name);
      if (declaredType == null) {
        Optional<String> suggestion = Suggestions.closest(name, declaredContext.keySet());
        throw new UnknownNameException("context attribute", name, suggestion);
      }
      Objects.requireNonNull(getter, "getter");
      Function<? super T, ?> normalised =
          record -> {
            Object v = getter.apply(record);
            return v == null ? null : AttributeValues.normalise(name, v);
          };
      return add(Value.Scope.CONTEXT, name, declaredType, normalised, null);
    }

    /**
     * When an event the policy reads ({@code event.x}, {@code elapsed(event.x)}) happened, read
     * from the record; the getter returning null means it did not happen (missing).
     */
    public Builder<T> event(String name, Function<? super T, Instant> getter) {
      Objects.requireNonNull(name, "name");
      if (!events.contains(name)) {
        Optional<String> suggestion = Suggestions.closest(name, events);
        throw new UnknownNameException("event", name, suggestion);
      }
      return add(Value.Scope.EVENT, name, null, Objects.requireNonNull(getter, "getter"), null);
    }

    private Builder<T> add(
        Value.Scope scope,
        String name,
        AttributeType type,
        Function<? super T, ?> value,
        ToDoubleFunction<? super T> number) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equals(name) && scopes.get(i) == scope) {
          String kind =
              switch (scope) {
                case SUBJECT -> "subject attribute";
                case CONTEXT -> "context attribute";
                case EVENT -> "event";
              };
          throw new IllegalArgumentException(kind + " '" + name + "' is bound twice");
        }
      }
      names.add(name.intern());
      scopes.add(scope);
      types.add(type);
      values.add(value);
      numbers.add(number);
      return this;
    }

    private Builder<T> bind(
        String name,
        AttributeType type,
        Function<? super T, ?> value,
        ToDoubleFunction<? super T> number) {
      Objects.requireNonNull(name, "name");
      AttributeType declaredType = declared.get(name);
      if (declaredType == null) {
        Optional<String> suggestion = Suggestions.closest(name, declared.keySet());
        throw new UnknownNameException("subject attribute", name, suggestion);
      }
      if (declaredType != type) {
        throw new IllegalArgumentException(
            "subject attribute '"
                + name
                + "' is declared "
                + declaredType.spelling()
                + " in policy '"
                + policy.name()
                + "', but is bound as "
                + type.spelling());
      }
      if (number == null) {
        Objects.requireNonNull(value, "getter");
      }
      return add(Value.Scope.SUBJECT, name, type, number == null ? value : null, number);
    }

    public SubjectAccessor<T> build() {
      return new SubjectAccessor<>(this);
    }
  }
}
