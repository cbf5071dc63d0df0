package dev.proviso.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A value inside a condition: an attribute, a literal, or a time computation. */
public sealed interface Value {

  /** Where an attribute lives in a request. */
  enum Scope {
    SUBJECT("subject"),
    CONTEXT("context"),
    EVENT("event");

    private final String prefix;

    Scope(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }

  /** {@code subject.age}, {@code context.channel}, {@code event.cart_abandoned}. */
  record Attribute(Scope scope, String name) implements Value {
    public Attribute {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
      return scope.prefix() + "." + name;
    }
  }

  record Text(String value) implements Value {
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  record Number(double value) implements Value {}

  record Bool(boolean value) implements Value {}

  record InstantLiteral(Instant value) implements Value {
    public InstantLiteral {
      Objects.requireNonNull(value, "value");
    }
  }

  record DurationLiteral(PolicyDuration value) implements Value {
    public DurationLiteral {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A literal list, the right-hand side of {@code in [...]}. */
  record ListLiteral(List<Value> elements) implements Value {
    public ListLiteral {
      elements = List.copyOf(elements);
    }
  }

  /** {@code elapsed(event.x)}: the time from the event to the request's instant. */
  record Elapsed(String event) implements Value {
    public Elapsed {
      Objects.requireNonNull(event, "event");
    }
  }

  /**
   * {@code now}: the decision instant (the request's {@link dev.proviso.Request#at()}), so that
   * {@code subject.birth_date + 16 years <= now} says "at least 16 at the time of the decision".
   */
  record Now() implements Value {
    @Override
    public String toString() {
      return "now";
    }
  }

  /** {@code event.x + 24h}: an instant shifted by a duration. */
  record Shifted(Value instant, PolicyDuration offset) implements Value {
    public Shifted {
      Objects.requireNonNull(instant, "instant");
      Objects.requireNonNull(offset, "offset");
    }
  }
}
