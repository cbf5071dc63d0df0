package dev.proviso.engine;

import dev.proviso.Request;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.Value;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * A value inside a compiled condition. {@link #get} returns the value as the request holds it
 * (String, Double, Boolean, Instant, List of String, or a {@link PolicyDuration} literal) or {@code
 * null} when it cannot be evaluated, after telling {@code errors} why (when given).
 */
public abstract class CompiledValue {
  final String text;

  CompiledValue(String text) {
    this.text = text;
  }

  public abstract Object get(Request request, EvaluationErrors errors);

  /** Whether the value is present in the request; only attributes can be absent. */
  boolean present(Request request) {
    return true;
  }

  @Override
  public String toString() {
    return text;
  }

  static String kind(Object value) {
    if (value instanceof String) {
      return "text";
    }
    if (value instanceof Double) {
      return "number";
    }
    if (value instanceof Boolean) {
      return "bool";
    }
    if (value instanceof Instant) {
      return "instant";
    }
    if (value instanceof PolicyDuration) {
      return "duration";
    }
    if (value instanceof java.util.List) {
      return "list";
    }
    return value == null ? "nothing" : value.getClass().getSimpleName();
  }

  /** {@code subject.x}, {@code context.x}, {@code event.x}; attribute names are resolved once. */
  static final class Attribute extends CompiledValue {
    private final boolean subject;
    private final boolean context;
    private final String name;

    Attribute(Value.Attribute attribute) {
      super(attribute.toString());
      this.subject = attribute.scope() == Value.Scope.SUBJECT;
      this.context = attribute.scope() == Value.Scope.CONTEXT;
      this.name = attribute.name().intern(); // identity hits in AttributeTable
    }

    /** The raw value in the request, or null; never records an error. */
    Object lookup(Request request) {
      // if/else on a final field rather than an enum switch: no switch-map load on the hot path
      if (subject) {
        return request.subject().get(name);
      }
      return context ? request.context(name) : request.event(name);
    }

    /** A number value without boxing; NaN when missing or not a number. */
    double number(Request request) {
      if (subject) {
        return request.subject().number(name);
      }
      return lookup(request) instanceof Double d ? d : Double.NaN;
    }

    @Override
    public Object get(Request request, EvaluationErrors errors) {
      Object value = lookup(request);
      if (value == null && errors != null) {
        errors.add(text, text + " is missing");
      }
      return value;
    }

    @Override
    boolean present(Request request) {
      return lookup(request) != null;
    }
  }

  /** A literal, boxed once at compile time. */
  static final class Literal extends CompiledValue {
    private final Object value;

    Literal(String text, Object value) {
      super(text);
      this.value = value;
    }

    @Override
    public Object get(Request request, EvaluationErrors errors) {
      return value;
    }
  }

  /**
   * {@code event.x + 24h}: allocates the shifted Instant (used by not_before and rare compares).
   */
  static final class Shifted extends CompiledValue {
    private final CompiledValue instant;
    private final PolicyDuration offset;

    Shifted(String text, CompiledValue instant, PolicyDuration offset) {
      super(text);
      this.instant = instant;
      this.offset = offset;
    }

    @Override
    public Object get(Request request, EvaluationErrors errors) {
      Object base = instant.get(request, errors);
      if (base == null) {
        return null;
      }
      if (!(base instanceof Instant i)) {
        if (errors != null) {
          errors.add(text, instant.text + " is " + kind(base) + ", expected an instant");
        }
        return null;
      }
      try {
        return offset.addTo(i);
      } catch (DateTimeException | ArithmeticException e) {
        if (errors != null) {
          errors.add(text, "the instant is out of range");
        }
        return null;
      }
    }
  }

  /** {@code elapsed(event.x)} on its own has no value; only comparisons with a duration do. */
  static final class Elapsed extends CompiledValue {
    final String event;

    Elapsed(String text, String event) {
      super(text);
      this.event = event;
    }

    @Override
    public Object get(Request request, EvaluationErrors errors) {
      if (errors != null) {
        errors.add(text, text + " can only be compared with a duration");
      }
      return null;
    }
  }
}
