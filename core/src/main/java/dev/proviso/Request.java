package dev.proviso;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One question to the engine: may these data categories of this subject be used for this purpose at
 * this instant, in this context? Immutable; a request can be reused.
 *
 * <pre>{@code
 * Request request = Request.builder(alice, policy.purpose("marketing.retargeting"))
 *     .category(policy.category("behavior.cart"))
 *     .at(Instant.now())
 *     .context("offer", "discount")
 *     .event("cart_abandoned", abandonedAt)
 *     .build();
 * }</pre>
 */
public final class Request {
  // Not final only for the per-thread request of a SubjectAccessor (see rebind); a request any
  // caller can see is never changed after construction.
  private Subject subject;
  private List<Category> categories;
  private Purpose purpose;
  private Instant at;
  private final Map<String, Object> context;
  private final Map<String, Instant> events;
  private final AttributeTable contextTable;
  private final AttributeTable eventTable;
  // A SubjectAccessor's per-thread request that binds context or events reads them from its record.
  private final boolean readsRecord;

  private Request(Builder b) {
    this.subject = b.subject;
    this.categories = List.copyOf(b.categories);
    this.purpose = b.purpose;
    this.at = b.at == null ? clockOf(b.purpose).instant() : b.at;
    this.context = Map.copyOf(b.context);
    this.events = Map.copyOf(b.events);
    this.contextTable = new AttributeTable(context);
    this.eventTable = new AttributeTable(events);
    this.readsRecord = false;
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("a request needs at least one data category");
    }
  }

  // The forms guards build per field or object: no builder, no copies of an immutable list.
  private Request(Subject subject, List<Category> categories, Purpose purpose, Instant at) {
    this(subject, categories, purpose, at, Map.of(), Map.of(), false);
  }

  private Request(
      Subject subject,
      List<Category> categories,
      Purpose purpose,
      Instant at,
      Map<String, Object> context,
      Map<String, Instant> events,
      boolean readsRecord) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.categories = List.copyOf(categories);
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.at = Objects.requireNonNull(at, "at");
    this.context = Map.copyOf(context);
    this.events = Map.copyOf(events);
    this.contextTable = context.isEmpty() ? AttributeTable.EMPTY : new AttributeTable(this.context);
    this.eventTable = events.isEmpty() ? AttributeTable.EMPTY : new AttributeTable(this.events);
    this.readsRecord = readsRecord;
    if (this.categories.isEmpty()) {
      throw new IllegalArgumentException("a request needs at least one data category");
    }
  }

  /**
   * A request for one category at the current instant of the purpose's policy's {@link
   * Policy#clock() clock}, with no context or events.
   */
  public static Request of(Subject subject, Category category, Purpose purpose) {
    return of(subject, category, purpose, clockOf(Objects.requireNonNull(purpose, "purpose")));
  }

  private static Request of(Subject subject, Category category, Purpose purpose, Clock clock) {
    return of(subject, category, purpose, clock.instant());
  }

  /** The clock of the policy a purpose handle belongs to: the one clock requests default to. */
  static Clock clockOf(Purpose purpose) {
    return purpose.owner() instanceof Policy policy ? policy.clock() : Clock.systemUTC();
  }

  /** A request for one category at {@code at}, with no context or events. */
  public static Request of(Subject subject, Category category, Purpose purpose, Instant at) {
    return new Request(subject, Objects.requireNonNull(category, "category").alone(), purpose, at);
  }

  /**
   * The per-thread request of a {@link SubjectAccessor}: pointed at each call's subject, category,
   * purpose and instant by {@link #rebind}; never handed to a caller or kept by a decision (the
   * general path decides on a {@link #snapshot}).
   */
  static Request reusable(Subject subject, List<Category> categories, Purpose purpose) {
    boolean readsRecord = subject.accessor().bindsRequest();
    return new Request(
        subject, categories, purpose, Instant.EPOCH, Map.of(), Map.of(), readsRecord);
  }

  /**
   * Points the per-thread request at a call's categories (immutable, not empty), purpose, instant.
   */
  void rebind(List<Category> categories, Purpose purpose, Instant at) {
    this.categories = categories;
    this.purpose = purpose;
    this.at = at;
  }

  /** An immutable copy without the subject's attributes: what a failure explanation needs. */
  Request detached() {
    return new Request(Subject.of(subject.id()), categories, purpose, at);
  }

  /** An immutable copy with the subject's current attributes (and bound context, events) too. */
  Request snapshot() {
    if (!readsRecord) {
      return new Request(subject.snapshot(), categories, purpose, at, context, events, false);
    }
    SubjectAccessor<?> accessor = subject.accessor();
    Object record = subject.record();
    return new Request(
        subject.snapshot(),
        categories,
        purpose,
        at,
        accessor.context(record),
        accessor.events(record),
        false);
  }

  /**
   * A request for all {@code categories} (at least one) at {@code at}, with no context or events;
   * allowed only if every category is.
   */
  public static Request of(
      Subject subject, List<Category> categories, Purpose purpose, Instant at) {
    return new Request(subject, categories, purpose, at);
  }

  public static Builder builder(Subject subject, Purpose purpose) {
    return new Builder(subject, purpose);
  }

  public Subject subject() {
    return subject;
  }

  /** The requested categories, at least one; the request is allowed only if every one is. */
  public List<Category> categories() {
    return categories;
  }

  public Purpose purpose() {
    return purpose;
  }

  /** The instant the use would happen ({@code now} of the policy's conditions). */
  public Instant at() {
    return at;
  }

  /** A context attribute's value (String, Double, Boolean, Instant or List of String), or null. */
  public Object context(String attribute) {
    return readsRecord
        ? subject.bound(dev.proviso.model.Value.Scope.CONTEXT, attribute)
        : contextTable.get(attribute);
  }

  public Map<String, Object> context() {
    return readsRecord ? subject.accessor().context(subject.record()) : context;
  }

  /** When the named event happened ({@code event.cart_abandoned}), or null. */
  public Instant event(String name) {
    return readsRecord
        ? (Instant) subject.bound(dev.proviso.model.Value.Scope.EVENT, name)
        : (Instant) eventTable.get(name);
  }

  public Map<String, Instant> events() {
    return readsRecord ? subject.accessor().events(subject.record()) : events;
  }

  /** A copy of this request for another subject, purpose or instant keeps everything else. */
  public Builder toBuilder() {
    Builder b = new Builder(subject, purpose);
    b.categories.addAll(categories);
    b.at = at;
    b.context.putAll(context);
    b.events.putAll(events);
    return b;
  }

  @Override
  public String toString() {
    // The subject's id and attribute values, and context values, are personal data: not shown.
    return "Request[" + subject + " " + categories + " for " + purpose + " at " + at + "]";
  }

  /** Builds a {@link Request}. */
  public static final class Builder {
    private Subject subject;
    private Purpose purpose;
    private final List<Category> categories = new ArrayList<>();
    private Instant at;
    private final Map<String, Object> context = new LinkedHashMap<>();
    private final Map<String, Instant> events = new LinkedHashMap<>();

    private Builder(Subject subject, Purpose purpose) {
      this.subject = Objects.requireNonNull(subject, "subject");
      this.purpose = Objects.requireNonNull(purpose, "purpose");
    }

    public Builder subject(Subject subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    public Builder purpose(Purpose purpose) {
      this.purpose = Objects.requireNonNull(purpose, "purpose");
      return this;
    }

    public Builder category(Category category) {
      categories.add(Objects.requireNonNull(category, "category"));
      return this;
    }

    public Builder categories(List<Category> categories) {
      categories.forEach(this::category);
      return this;
    }

    /**
     * The instant of the use; defaults to the instant of the purpose's policy's {@link
     * Policy#clock() clock} at build time.
     */
    public Builder at(Instant at) {
      this.at = Objects.requireNonNull(at, "at");
      return this;
    }

    public Builder context(String attribute, Object value) {
      context.put(attribute, AttributeValues.normalise(attribute, value));
      return this;
    }

    public Builder event(String name, Instant at) {
      events.put(name, Objects.requireNonNull(at, "event instant"));
      return this;
    }

    public Request build() {
      return new Request(this);
    }
  }
}
