package dev.proviso.engine;

import dev.proviso.Request;
import dev.proviso.consent.ConsentView;
import dev.proviso.model.Condition.Operator;
import dev.proviso.model.PolicyDuration;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;

/**
 * Comparison and membership conditions. Numbers and instants support all six operators, text and
 * bool only {@code ==} and {@code !=}; anything else is a run-time type mismatch (ERROR).
 */
final class Comparisons {
  private Comparisons() {}

  /** Applies {@code op} to the sign of a comparison result. */
  static boolean holds(Operator op, int cmp) {
    return switch (op) {
      case EQ -> cmp == 0;
      case NE -> cmp != 0;
      case LT -> cmp < 0;
      case LE -> cmp <= 0;
      case GT -> cmp > 0;
      case GE -> cmp >= 0;
    };
  }

  /** {@code left op right} on two present values; {@code what} names the condition for errors. */
  static int compare(Object left, Operator op, Object right, String what, EvaluationErrors errors) {
    if (left instanceof Double a && right instanceof Double b) {
      double x = a;
      double y = b;
      return Tri.of(
          switch (op) {
            case EQ -> x == y;
            case NE -> x != y;
            case LT -> x < y;
            case LE -> x <= y;
            case GT -> x > y;
            case GE -> x >= y;
          });
    }
    if (left instanceof Instant a && right instanceof Instant b) {
      return Tri.of(holds(op, a.compareTo(b)));
    }
    boolean sameKind =
        (left instanceof String && right instanceof String)
            || (left instanceof Boolean && right instanceof Boolean);
    if (sameKind && (op == Operator.EQ || op == Operator.NE)) {
      return Tri.of(left.equals(right) == (op == Operator.EQ));
    }
    if (errors != null) {
      String kinds = CompiledValue.kind(left) + " and " + CompiledValue.kind(right);
      errors.add(what, "cannot compare " + kinds + " with " + op.symbol());
    }
    return Tri.ERROR;
  }

  /** {@code left op right} for general values. */
  static final class Compare extends CompiledCondition {
    private final CompiledValue left;
    private final Operator op;
    private final CompiledValue right;

    Compare(String text, CompiledValue left, Operator op, CompiledValue right) {
      super(text);
      this.left = left;
      this.op = op;
      this.right = right;
    }

    @Override
    public int eval(Request request, ConsentView consents, EvaluationErrors errors) {
      Object l = left.get(request, errors);
      Object r = right.get(request, errors);
      if (l == null || r == null) {
        return Tri.ERROR;
      }
      return compare(l, op, r, text(), errors);
    }
  }

  /**
   * {@code elapsed(event.x) op d} (or {@code d op elapsed(event.x)}): compares {@code
   * d.addTo(event)} with the request's instant, without allocating for exact durations.
   */
  static final class Elapsed extends CompiledCondition {
    private final String event;
    private final Operator op;
    private final PolicyDuration duration;
    private final boolean elapsedOnLeft;
    private final long seconds;

    Elapsed(String text, String event, Operator op, PolicyDuration duration, boolean elapsedLeft) {
      super(text);
      this.event = event.intern(); // event names then compare by identity in AttributeTable
      this.op = op;
      this.duration = duration;
      this.elapsedOnLeft = elapsedLeft;
      long s;
      try {
        s = duration.isExact() ? duration.approximateSeconds() : -1;
      } catch (ArithmeticException e) {
        s = Long.MAX_VALUE;
      }
      this.seconds = s;
    }

    @Override
    public int eval(Request request, ConsentView consents, EvaluationErrors errors) {
      Instant happened = request.event(event);
      if (happened == null) {
        if (errors != null) {
          errors.add(text(), "event." + event + " is missing");
        }
        return Tri.ERROR;
      }
      Instant at = request.at();
      int cmp; // at compared with happened + duration
      if (seconds >= 0) {
        long end = happened.getEpochSecond() + seconds;
        if (seconds == Long.MAX_VALUE
            || end < happened.getEpochSecond()
            || end > Instant.MAX.getEpochSecond()) {
          return outOfRange(errors);
        }
        cmp = Long.compare(at.getEpochSecond(), end);
        if (cmp == 0) {
          cmp = Integer.compare(at.getNano(), happened.getNano());
        }
      } else {
        try {
          cmp = at.compareTo(duration.addTo(happened));
        } catch (DateTimeException | ArithmeticException e) {
          return outOfRange(errors);
        }
      }
      return Tri.of(holds(op, elapsedOnLeft ? cmp : -cmp));
    }

    private int outOfRange(EvaluationErrors errors) {
      if (errors != null) {
        errors.add(text(), "event." + event + " + " + duration + " is out of range");
      }
      return Tri.ERROR;
    }
  }

  /** {@code v in [a, b, ...]}: the Kleene or of {@code v == a}, {@code v == b}, ... */
  static final class InList extends CompiledCondition {
    private final CompiledValue value;
    private final CompiledValue[] options;

    InList(String text, CompiledValue value, CompiledValue[] options) {
      super(text);
      this.value = value;
      this.options = options;
    }

    @Override
    public int eval(Request request, ConsentView consents, EvaluationErrors errors) {
      Object v = value.get(request, errors);
      if (v == null) {
        return Tri.ERROR;
      }
      int mark = errors == null ? 0 : errors.mark();
      int result = Tri.FALSE;
      for (CompiledValue option : options) {
        Object o = option.get(request, errors);
        int equal = o == null ? Tri.ERROR : compare(v, Operator.EQ, o, text(), errors);
        if (equal == Tri.TRUE) {
          result = Tri.TRUE;
          break;
        }
        if (equal == Tri.ERROR) {
          result = Tri.ERROR;
        }
      }
      if (result != Tri.ERROR && errors != null) {
        errors.truncate(mark);
      }
      return result;
    }
  }

  /** {@code "x" in subject.tags}: membership in a list-of-text value. */
  static final class InValue extends CompiledCondition {
    private final CompiledValue value;
    private final CompiledValue list;

    InValue(String text, CompiledValue value, CompiledValue list) {
      super(text);
      this.value = value;
      this.list = list;
    }

    @Override
    public int eval(Request request, ConsentView consents, EvaluationErrors errors) {
      Object v = value.get(request, errors);
      Object l = list.get(request, errors);
      if (v == null || l == null) {
        return Tri.ERROR;
      }
      if (v instanceof String s && l instanceof List<?> elements) {
        for (int i = 0, n = elements.size(); i < n; i++) {
          if (s.equals(elements.get(i))) {
            return Tri.TRUE;
          }
        }
        return Tri.FALSE;
      }
      if (errors != null) {
        String kinds = CompiledValue.kind(v) + " in " + CompiledValue.kind(l);
        errors.add(text(), "cannot test membership of " + kinds + " (expected text in a list)");
      }
      return Tri.ERROR;
    }
  }
}
