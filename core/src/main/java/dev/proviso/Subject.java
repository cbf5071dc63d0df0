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
  private final String id;
  private final Map<String, Object> attributes;
  private final AttributeTable table;

  /**
   * The last policy's verdicts on regimes that depend only on this subject (set by the engine;
   * immutable, so a racy write is safe and at worst recomputed).
   */
  Object regimeMemo;

  private Subject(String id, Map<String, Object> attributes) {
    this.id = Objects.requireNonNull(id, "id");
    this.attributes = Map.copyOf(attributes);
    this.table = new AttributeTable(this.attributes);
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
    return table.get(attribute);
  }

  public Map<String, Object> attributes() {
    return attributes;
  }

  @Override
  public String toString() {
    // Ids and attribute values are personal data: only the attribute names are shown.
    return "Subject[id=***, attributes=" + attributes.keySet() + "]";
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
