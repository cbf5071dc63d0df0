package dev.proviso;

import dev.proviso.consent.ConsentView;
import dev.proviso.model.AttributeDefinition;
import dev.proviso.model.AttributeType;
import java.time.Instant;
import java.util.ArrayList;
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
  private final AttributeType[] types;
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
   * {@link Policy#decide(Request, ConsentView)} decides the equivalent request.
   */
  public Decision decide(
      T subject, Purpose purpose, Category category, Instant at, ConsentView consents) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(at, "at");
    String subjectId = Objects.requireNonNull(id.apply(subject), "the subject's id");
    Reusable reusable = perThread.get();
    if (reusable.busy) { // a re-entrant decision (from a consent view): use a fresh request
      Request request =
          Request.of(new Subject(subjectId, attributes(subject)), category, purpose, at);
      return policy.decide(request, consents);
    }
    reusable.busy = true;
    try {
      reusable.subject.bind(subjectId, subject);
      if (reusable.request == null) {
        reusable.request = Request.reusable(reusable.subject, category, purpose);
      }
      reusable.request.rebind(category, purpose, at);
      return policy.decideReusable(reusable.request, consents);
    } finally {
      reusable.subject.bind("", null); // the record is not kept past the call
      reusable.busy = false;
    }
  }

  private int slot(String name) {
    String[] n = names;
    for (int i = 0; i < n.length; i++) {
      if (n[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < n.length; i++) {
      if (n[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The attribute's value as {@link Subject#get} gives it, or null when missing. */
  Object value(Object record, String name) {
    int slot = slot(name);
    if (slot < 0) {
      return null;
    }
    if (numbers[slot] != null) {
      double d = numbers[slot].applyAsDouble(record);
      return Double.isNaN(d) ? null : d;
    }
    Object value = values[slot].apply(record);
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
  @SuppressWarnings("unchecked")
  Map<String, Object> attributes(Object record) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (String name : names) {
      Object value = value(record, name);
      if (value != null) {
        attributes.put(name, value);
      }
    }
    return attributes;
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
    private final List<String> names = new ArrayList<>();
    private final List<AttributeType> types = new ArrayList<>();
    private final List<Function<? super T, ?>> values = new ArrayList<>();
    private final List<ToDoubleFunction<? super T>> numbers = new ArrayList<>();

    private Builder(Policy policy, Function<? super T, String> id) {
      this.policy = Objects.requireNonNull(policy, "policy");
      this.id = Objects.requireNonNull(id, "id");
      for (AttributeDefinition a : policy.model().subjectAttributes()) {
        declared.put(a.name(), a.type());
      }
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
      if (names.contains(name)) {
        throw new IllegalArgumentException("subject attribute '" + name + "' is bound twice");
      }
      names.add(name.intern());
      types.add(type);
      values.add(number == null ? Objects.requireNonNull(value, "getter") : null);
      numbers.add(number);
      return this;
    }

    public SubjectAccessor<T> build() {
      return new SubjectAccessor<>(this);
    }
  }
}
