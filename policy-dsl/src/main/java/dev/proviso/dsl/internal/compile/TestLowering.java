package dev.proviso.dsl.internal.compile;

import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.ast.TestStepNode;
import dev.proviso.dsl.internal.check.GivenFact;
import dev.proviso.model.PolicyTestDefinition;
import dev.proviso.model.TestStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lowers checked {@code test} blocks to {@link PolicyTestDefinition}s. */
final class TestLowering {

  private final ConditionLowering conditions;

  TestLowering(ConditionLowering conditions) {
    this.conditions = conditions;
  }

  PolicyTestDefinition test(Statement.Test test) {
    Map<String, Object> subject = new LinkedHashMap<>();
    List<TestStep> steps = new ArrayList<>();
    for (TestStepNode step : test.steps()) {
      if (step instanceof TestStepNode.SubjectValues s) {
        s.fields().forEach(f -> subject.put(f.name().path(), value(f.value())));
      } else {
        steps.add(step(step));
      }
    }
    return new PolicyTestDefinition(
        test.name().value(),
        subject,
        test.at().map(conditions::instant),
        steps,
        ModelLowering.location(test.loc()));
  }

  private TestStep step(TestStepNode step) {
    var location = ModelLowering.location(step.loc());
    if (step instanceof TestStepNode.GivenEvent e) {
      return new TestStep.GivenEvent(e.event().path(), conditions.instant(e.at()), location);
    }
    if (step instanceof TestStepNode.GivenContext c) {
      return new TestStep.GivenContext(c.attribute().path(), value(c.value()), location);
    }
    if (step instanceof TestStepNode.GivenFact f) {
      return new TestStep.GivenErasure(conditions.instant(f.at()), location);
    }
    if (step instanceof TestStepNode.GivenCall g) {
      String name = ((Expr.Path) g.call().arguments().get(0)).name().path();
      GivenFact fact = GivenFact.named(g.call().function().path()).orElseThrow();
      return switch (fact.subject()) {
        case PURPOSE ->
            new TestStep.GivenConsent(
                name,
                fact.kind(),
                conditions.declaredConsent(name),
                g.givenBy().map(b -> b.role().path()),
                conditions.instant(g.at()),
                g.until().map(conditions::instant),
                location);
        case OPT_OUT ->
            new TestStep.GivenOptOut(name, fact.holds(), conditions.instant(g.at()), location);
      };
    }
    TestStepNode.Expect e = (TestStepNode.Expect) step;
    return new TestStep.Expect(
        e.outcome(),
        ModelLowering.selection(e.categories()),
        e.purpose().path(),
        e.at().map(conditions::instant),
        e.obligations().stream().map(conditions::obligation).toList(),
        e.because().map(Expr.Text::value),
        location);
  }

  /** A test value: String, Double, Boolean, Instant or List of String. */
  private Object value(Expr expr) {
    if (expr instanceof Expr.Text t) {
      return t.value();
    }
    if (expr instanceof Expr.Number n) {
      return Double.parseDouble(n.raw());
    }
    if (expr instanceof Expr.Bool b) {
      return b.value();
    }
    if (expr instanceof Expr.InstantLiteral i) {
      return conditions.instant(i);
    }
    if (expr instanceof Expr.ListLiteral l) {
      return l.elements().stream().map(e -> ((Expr.Text) e).value()).toList();
    }
    return conditions.duration((Expr.DurationLiteral) expr).toString();
  }
}
