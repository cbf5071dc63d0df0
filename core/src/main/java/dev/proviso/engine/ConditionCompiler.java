package dev.proviso.engine;

import dev.proviso.model.Condition;
import dev.proviso.model.Value;

/** Compiles model conditions and values into evaluation nodes; attribute names resolved once. */
public final class ConditionCompiler {
  private ConditionCompiler() {}

  /** A condition outside rules (regimes, index keys): {@code basis(...)} there is false. */
  public static CompiledCondition compile(Condition condition) {
    return compile(condition, Bases.NONE);
  }

  /** A rule's condition; {@code basis(...)} is decided against the policy's declared bases. */
  public static CompiledCondition compile(Condition condition, Bases bases) {
    String text = ConditionText.of(condition);
    if (condition instanceof Condition.And and) {
      return CompiledCondition.Junction.and(
          text, compileAll(and.operands().toArray(Condition[]::new), bases));
    }
    if (condition instanceof Condition.Or or) {
      return CompiledCondition.Junction.or(
          text, compileAll(or.operands().toArray(Condition[]::new), bases));
    }
    if (condition instanceof Condition.Not not) {
      return new CompiledCondition.Not(text, compile(not.operand(), bases));
    }
    if (condition instanceof Condition.Compare c) {
      if (c.left() instanceof Value.Elapsed e && c.right() instanceof Value.DurationLiteral d) {
        return new Comparisons.Elapsed(text, e.event(), c.operator(), d.value(), true);
      }
      if (c.right() instanceof Value.Elapsed e && c.left() instanceof Value.DurationLiteral d) {
        return new Comparisons.Elapsed(text, e.event(), c.operator(), d.value(), false);
      }
      CompiledCondition general =
          new Comparisons.Compare(text, compile(c.left()), c.operator(), compile(c.right()));
      return specialize(c, general);
    }
    if (condition instanceof Condition.In in) {
      if (in.options() instanceof Value.ListLiteral list) {
        CompiledValue[] options =
            list.elements().stream().map(ConditionCompiler::compile).toArray(CompiledValue[]::new);
        CompiledCondition general = new Comparisons.InList(text, compile(in.value()), options);
        boolean texts = list.elements().stream().allMatch(e -> e instanceof Value.Text);
        if (in.value() instanceof Value.Attribute a && texts && !list.elements().isEmpty()) {
          String[] strings =
              list.elements().stream().map(e -> ((Value.Text) e).value()).toArray(String[]::new);
          return new Specialized.TextIn(new CompiledValue.Attribute(a), strings, general);
        }
        return general;
      }
      return new Comparisons.InValue(text, compile(in.value()), compile(in.options()));
    }
    if (condition instanceof Condition.Has has) {
      return new CompiledCondition.Has(text, compile(has.attribute()));
    }
    if (condition instanceof Condition.ConsentGiven consent) {
      return new CompiledCondition.Consent(text, consent.purpose());
    }
    if (condition instanceof Condition.ConsentKindGiven consent) {
      return new CompiledCondition.ConsentKind(text, consent.consent());
    }
    if (condition instanceof Condition.OptedOut optedOut) {
      return new CompiledCondition.OptedOut(text, optedOut.name());
    }
    if (condition instanceof Condition.BasisHolds basis) {
      return bases.holds(text, basis.bases());
    }
    return new CompiledCondition.IsTrue(text, compile(((Condition.IsTrue) condition).value()));
  }

  /** The hot-path form of {@code attribute op literal}, when there is one. */
  private static CompiledCondition specialize(Condition.Compare c, CompiledCondition general) {
    if (!(c.left() instanceof Value.Attribute a)) {
      return general;
    }
    boolean equality =
        c.operator() == Condition.Operator.EQ || c.operator() == Condition.Operator.NE;
    if (c.right() instanceof Value.Text t && equality) {
      return new Specialized.TextEquals(
          new CompiledValue.Attribute(a), t.value(), c.operator(), general);
    }
    if (c.right() instanceof Value.Number n) {
      return new Specialized.NumberCompare(
          new CompiledValue.Attribute(a), c.operator(), n.value(), general);
    }
    return general;
  }

  private static CompiledCondition[] compileAll(Condition[] conditions, Bases bases) {
    CompiledCondition[] compiled = new CompiledCondition[conditions.length];
    for (int i = 0; i < conditions.length; i++) {
      compiled[i] = compile(conditions[i], bases);
    }
    return compiled;
  }

  public static CompiledValue compile(Value value) {
    String text = ConditionText.of(value);
    if (value instanceof Value.Attribute a) {
      return new CompiledValue.Attribute(a);
    }
    if (value instanceof Value.Text t) {
      return new CompiledValue.Literal(text, t.value());
    }
    if (value instanceof Value.Number n) {
      return new CompiledValue.Literal(text, n.value());
    }
    if (value instanceof Value.Bool b) {
      return new CompiledValue.Literal(text, b.value());
    }
    if (value instanceof Value.InstantLiteral i) {
      return new CompiledValue.Literal(text, i.value());
    }
    if (value instanceof Value.DurationLiteral d) {
      return new CompiledValue.Literal(text, d.value());
    }
    if (value instanceof Value.ListLiteral l) {
      // A list is only meaningful on the right of 'in'; elsewhere it is a run-time type mismatch.
      return new CompiledValue.Literal(text, l);
    }
    if (value instanceof Value.Elapsed e) {
      return new CompiledValue.Elapsed(text, e.event());
    }
    if (value instanceof Value.Now) {
      return new CompiledValue.Now(text);
    }
    Value.Shifted s = (Value.Shifted) value;
    return new CompiledValue.Shifted(text, compile(s.instant()), s.offset());
  }
}
