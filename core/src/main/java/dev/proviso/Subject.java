package dev.proviso;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The person the data is about: an id plus typed attributes declared in the policy's {@code subject
 * { ... }} block. Immutable; build once per subject and reuse across requests.
 *
 * <pre>{@code
 * Subject alice = Subject.builder("cust-42").set("region", "EU").set("age", 30).build();
 * }</pre>
 */
public final class Subject {
  private String id; // changed only on a SubjectAccessor's per-thread subject (see bind)
  private final Map<String, Object> attributes;
  private final AttributeTable table;

  // Set on a SubjectAccessor's per-thread subject only: attributes are read from the record.
  private final SubjectAccessor<?> accessor;
  private final SubjectAccessor.Reads reads; // this decision's reads of the record
  private Object record;

  /**
   * The last policy's verdicts on regimes that depend only on this subject (set by the engine;
   * immutable, so a racy write is safe and at worst recomputed).
   */
  Object regimeMemo;

  Subject(String id, Map<String, Object> attributes) {
    this.id = Objects.requireNonNull(id, "id");
    this.attributes = Map.copyOf(attributes);
    this.table = new AttributeTable(this.attributes);
    this.accessor = null;
    this.reads = null;
  }

  /** The per-thread subject of {@code accessor}; never seen by a caller. */
  Subject(SubjectAccessor<?> accessor) {
    this.id = "";
    this.attributes = Map.of();
    this.table = AttributeTable.EMPTY;
    this.accessor = accessor;
    this.reads = accessor.reads();
  }

  /** Whether attributes are read from an application record (never memoised per subject). */
  boolean accessorBacked() {
    return accessor != null;
  }

  /** Points this accessor-backed subject at the application's record. */
  void bind(String id, Object record) {
    this.id = id;
    this.record = record;
    if (record == null) {
      reads.forget();
    } else {
      reads.next();
    }
  }

  /** An immutable subject with this one's attributes; itself unless accessor-backed. */
  Subject snapshot() {
    return accessor == null ? this : new Subject(id, accessor.attributes(record));
  }

  /**
   * A number attribute's value without boxing, or NaN when it is missing or not a number ({@link
   * #get} tells which).
   */
  public double number(String attribute) {
    if (accessor != null) {
      return accessor.number(reads, record, attribute);
    }
    return table.get(attribute) instanceof Double d ? d : Double.NaN;
  }

  /** A context attribute or event of the bound record (accessor-backed only), or null. */
  Object bound(dev.proviso.model.Value.Scope scope, String name) {
    return accessor.value(reads, record, scope, name);
  }

  /** The accessor reading this subject's record; null for an ordinary subject. */
  SubjectAccessor<?> accessor() {
    return accessor;
  }

  /** The record this accessor-backed subject reads now. */
  Object record() {
    return record;
  }

  /** A subject with no attributes. */
  public static Subject of(String id) {
    return new Subject(id, Map.of());
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  public String id() {
    return id;
  }

  /** The attribute's value (String, Double, Boolean, Instant or List of String), or null. */
  public Object get(String attribute) {
    if (accessor != null) {
      return accessor.value(reads, record, attribute);
    }
    return table.get(attribute);
  }

  public Map<String, Object> attributes() {
    return accessor == null ? attributes : accessor.attributes(record);
  }

  @Override
  public String toString() {
    // Ids and attribute values are personal data: only the attribute names are shown.
    return "Subject[id=***, attributes=" + attributes().keySet() + "]";
  }

  /** Builds a {@link Subject}. */
  public static final class Builder {
    private final String id;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** Sets an attribute; numbers of any Java type become numbers of the policy. */
    public Builder set(String attribute, Object value) {
      attributes.put(attribute, AttributeValues.normalise(attribute, value));
      return this;
    }

    public Builder setAll(Map<String, ?> values) {
      values.forEach(this::set);
      return this;
    }

    public Subject build() {
      return new Subject(id, attributes);
    }
  }
}
