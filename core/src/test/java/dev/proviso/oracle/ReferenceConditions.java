package dev.proviso.oracle;

import dev.proviso.Request;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.model.Condition;
import dev.proviso.model.ConsentDefinition;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.Value;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The oracle's conditions: Kleene three-valued logic over one request, written straight from the
 * semantics. A missing attribute, a type mismatch or a failing consent view is ERROR.
 */
final class ReferenceConditions {

  enum T {
    TRUE,
    FALSE,
    ERROR
  }

  private final Request request;
  private final ConsentView view;
  private final Function<Condition.BasisHolds, T> basis;

  /** {@code basis} decides {@code basis(...)}, which depends on the model and the request's use. */
  ReferenceConditions(Request request, ConsentView view, Function<Condition.BasisHolds, T> basis) {
    this.request = request;
    this.view = view;
    this.basis = basis;
  }

  static T and(T a, T b) {
    if (a == T.FALSE || b == T.FALSE) {
      return T.FALSE;
    }
    return a == T.ERROR || b == T.ERROR ? T.ERROR : T.TRUE;
  }

  static T or(T a, T b) {
    if (a == T.TRUE || b == T.TRUE) {
      return T.TRUE;
    }
    return a == T.ERROR || b == T.ERROR ? T.ERROR : T.FALSE;
  }

  static T not(T a) {
    return a == T.ERROR ? T.ERROR : a == T.TRUE ? T.FALSE : T.TRUE;
  }

  private static T bool(boolean b) {
    return b ? T.TRUE : T.FALSE;
  }

  T eval(Condition c) {
    if (c instanceof Condition.And and) {
      T result = T.TRUE;
      for (Condition o : and.operands()) {
        result = and(result, eval(o));
      }
      return result;
    }
    if (c instanceof Condition.Or or) {
      T result = T.FALSE;
      for (Condition o : or.operands()) {
        result = or(result, eval(o));
      }
      return result;
    }
    if (c instanceof Condition.Not not) {
      return not(eval(not.operand()));
    }
    if (c instanceof Condition.Compare cmp) {
      return compare(cmp.left(), cmp.operator(), cmp.right());
    }
    if (c instanceof Condition.In in) {
      if (in.options() instanceof Value.ListLiteral list) {
        T result = value(in.value()) == null ? T.ERROR : T.FALSE;
        if (result == T.ERROR) {
          return T.ERROR;
        }
        for (Value option : list.elements()) {
          result = or(result, compare(in.value(), Condition.Operator.EQ, option));
        }
        return result;
      }
      Object v = value(in.value());
      Object l = value(in.options());
      if (v instanceof String s && l instanceof List<?> elements) {
        return bool(elements.contains(s));
      }
      return T.ERROR;
    }
    if (c instanceof Condition.Has has) {
      return bool(value(has.attribute()) != null);
    }
    if (c instanceof Condition.ConsentGiven consent) {
      try {
        return bool(
            view.consent(request.subject().id(), consent.purpose(), request.at())
                == ConsentState.GIVEN);
      } catch (RuntimeException e) {
        return T.ERROR;
      }
    }
    if (c instanceof Condition.ConsentKindGiven kind) {
      return declaredConsent(kind.consent());
    }
    if (c instanceof Condition.OptedOut optedOut) {
      try {
        return bool(view.optedOut(request.subject().id(), optedOut.name(), request.at()));
      } catch (RuntimeException e) {
        return T.ERROR;
      }
    }
    if (c instanceof Condition.BasisHolds b) {
      return basis.apply(b);
    }
    Object v = value(((Condition.IsTrue) c).value());
    return v instanceof Boolean b ? bool(b) : T.ERROR;
  }

  /**
   * A declared consent, straight from the ledger semantics: of the events in effect by the instant
   * (a GIVEN only from the declared giver), those at the latest time decide; any restricting one
   * among them withholds; else the grant holds while one of them is unexpired and younger than the
   * declared validity.
   */
  private T declaredConsent(ConsentDefinition consent) {
    Instant at = request.at();
    List<ConsentEvent> history;
    if (view instanceof ScriptedConsents scripted) {
      if (scripted.failingKinds().contains(consent.name())) {
        return T.ERROR;
      }
      history = scripted.kindEvents().getOrDefault(consent.name(), List.of());
    } else { // a replayed world knows only the deciding event
      try {
        ConsentEvent deciding = view.decidingConsent(request.subject().id(), consent, at);
        history = deciding == null ? List.of() : List.of(deciding);
      } catch (RuntimeException e) {
        return T.ERROR;
      }
    }
    List<ConsentEvent> effective = new ArrayList<>();
    for (ConsentEvent e : history) {
      boolean fromGiver =
          e.kind() != ConsentEventKind.GIVEN
              || consent.givenBy().isEmpty()
              || e.givenBy().equals(consent.givenBy());
      if (!e.at().isAfter(at) && fromGiver) {
        effective.add(e);
      }
    }
    Instant latest = effective.stream().map(ConsentEvent::at).max(Instant::compareTo).orElse(null);
    if (latest == null) {
      return T.FALSE;
    }
    List<ConsentEvent> deciding = effective.stream().filter(e -> e.at().equals(latest)).toList();
    if (deciding.stream().anyMatch(e -> e.kind() != ConsentEventKind.GIVEN)) {
      return T.FALSE;
    }
    if (deciding.stream().noneMatch(e -> e.expires().map(x -> x.isAfter(at)).orElse(true))) {
      return T.FALSE;
    }
    if (consent.validity().isPresent()) {
      try {
        if (!consent.validity().get().addTo(latest).isAfter(at)) {
          return T.FALSE;
        }
      } catch (DateTimeException | ArithmeticException e) {
        return T.TRUE;
      }
    }
    return T.TRUE;
  }

  private T compare(Value left, Condition.Operator op, Value right) {
    if (left instanceof Value.Elapsed e && right instanceof Value.DurationLiteral d) {
      return compareElapsed(e.event(), op, d.value(), false);
    }
    if (right instanceof Value.Elapsed e && left instanceof Value.DurationLiteral d) {
      return compareElapsed(e.event(), op, d.value(), true);
    }
    Object l = value(left);
    Object r = value(right);
    if (l instanceof Double a && r instanceof Double b) {
      return bool(holds(op, a.doubleValue(), b.doubleValue()));
    }
    if (l instanceof Instant a && r instanceof Instant b) {
      return bool(holds(op, a.compareTo(b), 0));
    }
    boolean equality = op == Condition.Operator.EQ || op == Condition.Operator.NE;
    if (equality
        && ((l instanceof String && r instanceof String)
            || (l instanceof Boolean && r instanceof Boolean))) {
      return bool(l.equals(r) == (op == Condition.Operator.EQ));
    }
    return T.ERROR;
  }

  /** {@code elapsed(e) op d}: {@code now - e op d}, computed as {@code now op d.addTo(e)}. */
  private T compareElapsed(String event, Condition.Operator op, PolicyDuration d, boolean flipped) {
    Instant e = request.events().get(event);
    if (e == null) {
      return T.ERROR;
    }
    Instant threshold;
    try {
      threshold = d.addTo(e);
    } catch (DateTimeException | ArithmeticException x) {
      return T.ERROR;
    }
    int cmp = request.at().compareTo(threshold);
    return bool(holds(op, flipped ? -cmp : cmp, 0));
  }

  private static boolean holds(Condition.Operator op, double a, double b) {
    return switch (op) {
      case EQ -> a == b;
      case NE -> a != b;
      case LT -> a < b;
      case LE -> a <= b;
      case GT -> a > b;
      case GE -> a >= b;
    };
  }

  /** The value, or null when it cannot be evaluated (missing, wrong type, out of range). */
  Object value(Value v) {
    if (v instanceof Value.Attribute a) {
      return switch (a.scope()) {
        case SUBJECT -> request.subject().attributes().get(a.name());
        case CONTEXT -> request.context().get(a.name());
        case EVENT -> request.events().get(a.name());
      };
    }
    if (v instanceof Value.Text t) {
      return t.value();
    }
    if (v instanceof Value.Number n) {
      return n.value();
    }
    if (v instanceof Value.Bool b) {
      return b.value();
    }
    if (v instanceof Value.InstantLiteral i) {
      return i.value();
    }
    if (v instanceof Value.Now) {
      return request.at();
    }
    if (v instanceof Value.Shifted s) {
      Object base = value(s.instant());
      if (!(base instanceof Instant i)) {
        return null;
      }
      try {
        return s.offset().addTo(i);
      } catch (DateTimeException | ArithmeticException e) {
        return null;
      }
    }
    // durations, lists and elapsed(...) have no value outside their comparisons
    return null;
  }
}
