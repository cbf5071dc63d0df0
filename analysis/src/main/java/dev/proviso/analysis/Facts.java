package dev.proviso.analysis;

import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.model.Condition;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.Value;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What is known about a subject and a request, for partial evaluation: atoms whose inputs are all
 * known become TRUE or FALSE, the others stay in the residual condition.
 *
 * @param subject the subject attributes given
 * @param context the context attributes given
 * @param events event instants given
 * @param at the instant of the use
 * @param consents the consent view answering for {@code consentPurposes} and {@code optOutNames}
 * @param consentPurposes purposes whose consent state is known
 * @param optOutNames opt-outs whose state is known
 * @param closedWorld when true, what is not given is absent: {@code has} is false, consent not
 *     given is UNKNOWN (not consent), opt-outs not given are not in force, as at run time
 */
public record Facts(
    Map<String, Object> subject,
    Map<String, Object> context,
    Map<String, Instant> events,
    Instant at,
    ConsentView consents,
    Set<String> consentPurposes,
    Set<String> optOutNames,
    boolean closedWorld) {

  private static final String SUBJECT_ID = "facts";

  public Facts {
    subject = Map.copyOf(subject);
    context = Map.copyOf(context);
    events = Map.copyOf(events);
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(consents, "consents");
    consentPurposes = Set.copyOf(consentPurposes);
    optOutNames = Set.copyOf(optOutNames);
  }

  /**
   * The value of an atom, or null when it depends on something unknown. A regime is decided by its
   * condition when that is fully known.
   */
  public Formula evaluate(Atom atom) {
    if (atom instanceof Atom.Regime regime) {
      if (regime.appliesWhen().isEmpty()) {
        return Formula.TRUE;
      }
      Formula f = Formulas.of(regime.appliesWhen().get()).substitute(this::evaluate);
      return f instanceof Formula.Constant ? f : null;
    }
    Boolean value = test(((Atom.Test) atom).condition());
    return value == null ? null : Formula.of(value);
  }

  private Boolean test(Condition condition) {
    if (condition instanceof Condition.Compare c) {
      return compare(c);
    }
    if (condition instanceof Condition.In in) {
      Object value = value(in.value());
      Object options = value(in.options());
      return value == null || !(options instanceof List<?> list) ? null : list.contains(value);
    }
    if (condition instanceof Condition.Has has) {
      return value(has.attribute()) != null ? Boolean.TRUE : closedWorld ? Boolean.FALSE : null;
    }
    if (condition instanceof Condition.ConsentGiven consent) {
      return closedWorld || consentPurposes.contains(consent.purpose())
          ? consents.consent(SUBJECT_ID, consent.purpose(), at) == ConsentState.GIVEN
          : null;
    }
    if (condition instanceof Condition.OptedOut optedOut) {
      return closedWorld || optOutNames.contains(optedOut.name())
          ? consents.optedOut(SUBJECT_ID, optedOut.name(), at)
          : null;
    }
    if (condition instanceof Condition.IsTrue isTrue) {
      return value(isTrue.value()) instanceof Boolean b ? b : null;
    }
    return null;
  }

  private Boolean compare(Condition.Compare c) {
    int sign;
    if (c.left() instanceof Value.Elapsed elapsed
        && c.right() instanceof Value.DurationLiteral duration) {
      // elapsed(e) OP d  <=>  at OP e + d, exact for calendar units too
      Instant event = events.get(elapsed.event());
      if (event == null) {
        return null;
      }
      sign = at.compareTo(duration.value().addTo(event));
    } else {
      Object left = value(c.left());
      Object right = value(c.right());
      if (left == null || right == null) {
        return null;
      }
      if (left instanceof Double a && right instanceof Double b) {
        sign = Double.compare(a, b);
      } else if (left instanceof String a && right instanceof String b) {
        sign = a.compareTo(b);
      } else if (left instanceof Instant a && right instanceof Instant b) {
        sign = a.compareTo(b);
      } else if (left instanceof PolicyDuration a && right instanceof PolicyDuration b) {
        sign = a.compareTo(b);
      } else if (left instanceof Boolean && right instanceof Boolean) {
        sign = left.equals(right) ? 0 : 1;
        if (c.operator() != Condition.Operator.EQ && c.operator() != Condition.Operator.NE) {
          return null;
        }
      } else {
        return null;
      }
    }
    return switch (c.operator()) {
      case EQ -> sign == 0;
      case NE -> sign != 0;
      case LT -> sign < 0;
      case LE -> sign <= 0;
      case GT -> sign > 0;
      case GE -> sign >= 0;
    };
  }

  /** A value's Java form (String, Double, Boolean, Instant, PolicyDuration, List), or null. */
  private Object value(Value value) {
    if (value instanceof Value.Attribute a) {
      return switch (a.scope()) {
        case SUBJECT -> subject.get(a.name());
        case CONTEXT -> context.get(a.name());
        case EVENT -> events.get(a.name());
      };
    }
    if (value instanceof Value.Text t) {
      return t.value();
    }
    if (value instanceof Value.Number n) {
      return n.value();
    }
    if (value instanceof Value.Bool b) {
      return b.value();
    }
    if (value instanceof Value.InstantLiteral i) {
      return i.value();
    }
    if (value instanceof Value.DurationLiteral d) {
      return d.value();
    }
    if (value instanceof Value.ListLiteral list) {
      List<Object> elements = new ArrayList<>();
      for (Value element : list.elements()) {
        Object v = value(element);
        if (v == null) {
          return null;
        }
        elements.add(v);
      }
      return elements;
    }
    if (value instanceof Value.Shifted s) {
      return value(s.instant()) instanceof Instant i ? s.offset().addTo(i) : null;
    }
    return null; // elapsed outside a comparison with a duration literal
  }
}
