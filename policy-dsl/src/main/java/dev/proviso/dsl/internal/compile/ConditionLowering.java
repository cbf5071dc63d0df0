package dev.proviso.dsl.internal.compile;

import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.check.BuiltIn;
import dev.proviso.dsl.internal.check.BuiltIn.Lowering.ToCondition;
import dev.proviso.dsl.internal.check.BuiltIn.Lowering.ToObligation;
import dev.proviso.dsl.internal.check.BuiltIn.Lowering.ToValue;
import dev.proviso.dsl.internal.check.ParsedLiterals;
import dev.proviso.model.Condition;
import dev.proviso.model.ConsentDefinition;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.Value;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Lowers checked conditions, values and obligations to core's model. */
final class ConditionLowering {

  private final ParsedLiterals literals;
  private final Map<String, ConsentDefinition> consents;

  /** Whether {@code name} is a consent declared in the policy (else a purpose path). */
  boolean declaredConsent(String name) {
    return consents.containsKey(name);
  }

  ConditionLowering(ParsedLiterals literals, Map<String, ConsentDefinition> consents) {
    this.literals = literals;
    this.consents = consents;
  }

  Condition condition(Expr expr) {
    if (expr instanceof Expr.Logical l) {
      var operands = l.operands().stream().map(this::condition).toList();
      return l.and() ? new Condition.And(operands) : new Condition.Or(operands);
    }
    if (expr instanceof Expr.Not n) {
      return new Condition.Not(condition(n.operand()));
    }
    if (expr instanceof Expr.Compare c) {
      return new Condition.Compare(value(c.left()), c.operator(), value(c.right()));
    }
    if (expr instanceof Expr.In i) {
      return new Condition.In(value(i.value()), value(i.options()));
    }
    if (expr instanceof Expr.Call c && builtIn(c).lowering() instanceof ToCondition lowering) {
      return lowering.lower().apply(new CheckedArgument(this, c));
    }
    return new Condition.IsTrue(value(expr));
  }

  Value value(Expr expr) {
    if (expr instanceof Expr.Attribute a) {
      return new Value.Attribute(a.scope(), a.name().path());
    }
    if (expr instanceof Expr.Text t) {
      return new Value.Text(t.value());
    }
    if (expr instanceof Expr.Number n) {
      return new Value.Number(Double.parseDouble(n.raw()));
    }
    if (expr instanceof Expr.Bool b) {
      return new Value.Bool(b.value());
    }
    if (expr instanceof Expr.InstantLiteral i) {
      return new Value.InstantLiteral(instant(i));
    }
    if (expr instanceof Expr.DurationLiteral d) {
      return new Value.DurationLiteral(duration(d));
    }
    if (expr instanceof Expr.ListLiteral l) {
      return new Value.ListLiteral(l.elements().stream().map(this::value).toList());
    }
    if (expr instanceof Expr.Now) {
      return new Value.Now();
    }
    if (expr instanceof Expr.Plus p) {
      return new Value.Shifted(value(p.left()), duration((Expr.DurationLiteral) p.right()));
    }
    if (expr instanceof Expr.Call c && builtIn(c).lowering() instanceof ToValue lowering) {
      return lowering.lower().apply(new CheckedArgument(this, c));
    }
    throw unchecked(expr);
  }

  ObligationDefinition obligation(Expr.Call call) {
    if (builtIn(call).lowering() instanceof ToObligation lowering) {
      return lowering.lower().apply(new CheckedArgument(this, call));
    }
    throw unchecked(call);
  }

  private static BuiltIn builtIn(Expr.Call call) {
    return BuiltIn.named(call.function().path(), BuiltIn.Use.values())
        .orElseThrow(() -> unchecked(call));
  }

  /** The checker rejects such input; reaching lowering with it is a compiler bug. */
  private static IllegalStateException unchecked(Expr expr) {
    return new IllegalStateException("not checked: " + expr.getClass().getSimpleName());
  }

  /** The argument of a checked call, read as its built-in's parameter says. */
  private record CheckedArgument(ConditionLowering lowering, Expr.Call call)
      implements BuiltIn.Argument {
    @Override
    public String name() {
      Expr argument = call.arguments().get(0);
      return argument instanceof Expr.Attribute a ? a.name().path() : path(argument);
    }

    @Override
    public Value value() {
      return lowering.value(call.arguments().get(0));
    }

    @Override
    public String text() {
      return ((Expr.Text) call.arguments().get(0)).value();
    }

    @Override
    public java.util.Optional<String> optionalName(int index) {
      return call.arguments().size() > index
          ? java.util.Optional.of(path(call.arguments().get(index)))
          : java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<String> optionalText(int index) {
      return call.arguments().size() > index
          ? java.util.Optional.of(((Expr.Text) call.arguments().get(index)).value())
          : java.util.Optional.empty();
    }

    @Override
    public java.util.List<String> names() {
      return call.arguments().stream().map(ConditionLowering::path).toList();
    }

    @Override
    public Optional<ConsentDefinition> consent() {
      Expr argument = call.arguments().get(0);
      return argument instanceof Expr.Path p
          ? Optional.ofNullable(lowering.consents.get(p.name().path()))
          : Optional.empty();
    }
  }

  /** The value the checker parsed. */
  Instant instant(Expr.InstantLiteral literal) {
    return literals.instant(literal);
  }

  PolicyDuration duration(Expr.DurationLiteral literal) {
    return literals.duration(literal);
  }

  private static String path(Expr expr) {
    return ((Expr.Path) expr).name().path();
  }
}
