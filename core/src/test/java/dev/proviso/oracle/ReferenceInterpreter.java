package dev.proviso.oracle;

import dev.proviso.Obligation;
import dev.proviso.Outcome;
import dev.proviso.Request;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.model.Condition;
import dev.proviso.model.Effect;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.Paths;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.RegimeDefinition;
import dev.proviso.model.RetentionDefinition;
import dev.proviso.model.RuleDefinition;
import dev.proviso.model.Selection;
import dev.proviso.model.Value;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The oracle: a slow, obviously correct interpreter written straight from the normative semantics
 * (DESIGN.md and the engine brief), by recursion over the model. No tables, no caching, no shared
 * code with the engine beyond the model records.
 */
public final class ReferenceInterpreter {

  /** What the oracle compares: outcome, obligations, deciding rules and advice. */
  public record Verdict(
      Outcome outcome, List<Obligation> obligations, List<String> ruleIds, List<String> advice) {}

  private enum T {
    TRUE,
    FALSE,
    ERROR
  }

  private final PolicyModel model;
  private final Request request;
  private final List<String> categories;
  private final String purpose;
  private final ConsentView view;

  private ReferenceInterpreter(
      PolicyModel model, Request request, List<String> categories, String purpose, ConsentView v) {
    this.model = model;
    this.request = request;
    this.categories = categories;
    this.purpose = purpose;
    this.view = v;
  }

  /** Decides {@code categories} (paths) for {@code purpose} (path) with the request's data. */
  public static Verdict decide(
      PolicyModel model, Request request, List<String> categories, String purpose, ConsentView v) {
    return new ReferenceInterpreter(model, request, categories, purpose, v).decide();
  }

  private Verdict decide() {
    if (restricted()) {
      for (String c : categories) {
        if (model.retentions().stream().noneMatch(r -> retentionInForce(r, c))) {
          return new Verdict(Outcome.DENY, List.of(), List.of(), List.of());
        }
      }
    }
    List<RuleDefinition> denies = new ArrayList<>();
    List<RuleDefinition> allows = new ArrayList<>();
    List<RuleDefinition> advisories = new ArrayList<>();
    boolean allowed = true;
    for (String c : categories) {
      boolean denied = false;
      boolean anyAllow = false;
      for (RuleDefinition rule : model.rules()) {
        if (!inApplicableScope(rule.regime()) || !purposeCovers(rule.purposes())) {
          continue;
        }
        boolean isAllow = rule.effect() == Effect.ALLOW;
        if (!categoryCovers(rule.categories(), c, !isAllow)) {
          continue;
        }
        T m =
            and(
                rule.when().map(this::eval).orElse(T.TRUE),
                not(rule.unless().map(this::eval).orElse(T.FALSE)));
        boolean matches = isAllow ? m == T.TRUE && notBeforeEvaluable(rule) : m != T.FALSE;
        if (!matches) {
          continue;
        }
        if (rule.advisory()) {
          addOnce(advisories, rule);
        } else if (isAllow) {
          addOnce(allows, rule);
          anyAllow = true;
        } else {
          addOnce(denies, rule);
          denied = true;
        }
      }
      allowed &= !denied && anyAllow;
    }
    List<String> advice =
        sorted(advisories).stream().map(r -> r.id() + ": " + r.because().orElse("")).toList();
    if (!allowed) {
      return new Verdict(Outcome.DENY, List.of(), ids(sorted(denies)), advice);
    }
    Set<Obligation> obligations = new LinkedHashSet<>();
    Instant notBefore = null;
    for (RuleDefinition rule : sorted(allows)) {
      for (ObligationDefinition o : rule.obligations()) {
        if (o instanceof ObligationDefinition.NotBefore nb) {
          Instant i = (Instant) value(nb.instant());
          notBefore = notBefore == null || i.isAfter(notBefore) ? i : notBefore;
        } else if (o instanceof ObligationDefinition.Mask m) {
          obligations.add(new Obligation.Mask(m.category()));
        } else if (o instanceof ObligationDefinition.Pseudonymize p) {
          obligations.add(new Obligation.Pseudonymize(p.category()));
        } else if (o instanceof ObligationDefinition.Notify n) {
          obligations.add(new Obligation.Notify(n.message()));
        } else {
          obligations.add(new Obligation.Audit());
        }
      }
    }
    if (notBefore != null) {
      obligations.add(new Obligation.NotBefore(notBefore));
    }
    return new Verdict(Outcome.ALLOW, List.copyOf(obligations), ids(sorted(allows)), advice);
  }

  private static void addOnce(List<RuleDefinition> list, RuleDefinition rule) {
    if (!list.contains(rule)) {
      list.add(rule);
    }
  }

  private List<RuleDefinition> sorted(List<RuleDefinition> rules) {
    return model.rules().stream().filter(rules::contains).toList();
  }

  private static List<String> ids(List<RuleDefinition> rules) {
    return rules.stream().map(RuleDefinition::id).toList();
  }

  private boolean restricted() {
    try {
      return view.erasureRequested(request.subject().id(), request.at());
    } catch (RuntimeException e) {
      return true;
    }
  }

  private boolean retentionInForce(RetentionDefinition r, String category) {
    if (!inApplicableScope(r.regime())
        || !categoryCovers(r.categories(), category, false)
        || !Paths.isSelfOrAncestor(r.purpose(), purpose)) {
      return false;
    }
    Instant event = request.events().get(r.event());
    if (event == null) {
      return false;
    }
    try {
      return r.period().addTo(event).isAfter(request.at());
    } catch (DateTimeException | ArithmeticException e) {
      return false;
    }
  }

  private boolean inApplicableScope(Optional<String> regime) {
    if (regime.isEmpty()) {
      return true;
    }
    RegimeDefinition r = model.regime(regime.get()).orElseThrow();
    return r.appliesWhen().map(this::eval).orElse(T.TRUE) != T.FALSE;
  }

  private boolean purposeCovers(Selection purposes) {
    return purposes.any()
        || purposes.paths().stream().anyMatch(p -> Paths.isSelfOrAncestor(p, purpose));
  }

  private static boolean categoryCovers(Selection cats, String c, boolean bothWays) {
    return cats.any()
        || cats.paths().stream()
            .anyMatch(
                r -> Paths.isSelfOrAncestor(r, c) || (bothWays && Paths.isSelfOrAncestor(c, r)));
  }

  private boolean notBeforeEvaluable(RuleDefinition rule) {
    return rule.obligations().stream()
        .filter(o -> o instanceof ObligationDefinition.NotBefore)
        .allMatch(o -> value(((ObligationDefinition.NotBefore) o).instant()) instanceof Instant);
  }

  // ---- conditions: Kleene three-valued logic ----

  private static T and(T a, T b) {
    if (a == T.FALSE || b == T.FALSE) {
      return T.FALSE;
    }
    return a == T.ERROR || b == T.ERROR ? T.ERROR : T.TRUE;
  }

  private static T or(T a, T b) {
    if (a == T.TRUE || b == T.TRUE) {
      return T.TRUE;
    }
    return a == T.ERROR || b == T.ERROR ? T.ERROR : T.FALSE;
  }

  private static T not(T a) {
    return a == T.ERROR ? T.ERROR : a == T.TRUE ? T.FALSE : T.TRUE;
  }

  private static T bool(boolean b) {
    return b ? T.TRUE : T.FALSE;
  }

  private T eval(Condition c) {
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
    if (c instanceof Condition.OptedOut optedOut) {
      try {
        return bool(view.optedOut(request.subject().id(), optedOut.name(), request.at()));
      } catch (RuntimeException e) {
        return T.ERROR;
      }
    }
    Object v = value(((Condition.IsTrue) c).value());
    return v instanceof Boolean b ? bool(b) : T.ERROR;
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
  private Object value(Value v) {
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
