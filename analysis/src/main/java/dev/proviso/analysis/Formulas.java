package dev.proviso.analysis;

import dev.proviso.model.Condition;
import dev.proviso.model.RegimeDefinition;
import dev.proviso.model.RuleDefinition;
import java.util.List;
import java.util.Map;

/** Translates the model's conditions, regimes and rules into {@link Formula}s. */
final class Formulas {
  private Formulas() {}

  static Formula of(Condition condition) {
    if (condition instanceof Condition.And and) {
      return Formula.and(and.operands().stream().map(Formulas::of).toList());
    }
    if (condition instanceof Condition.Or or) {
      return Formula.or(or.operands().stream().map(Formulas::of).toList());
    }
    if (condition instanceof Condition.Not not) {
      return Formula.not(of(not.operand()));
    }
    if (condition instanceof Condition.Compare c) {
      return switch (c.operator()) {
        case EQ, LT, GT -> Formula.atom(new Atom.Test(c));
        case NE -> Formula.not(compare(c, Condition.Operator.EQ));
        case GE -> Formula.not(compare(c, Condition.Operator.LT));
        case LE -> Formula.not(compare(c, Condition.Operator.GT));
      };
    }
    return Formula.atom(new Atom.Test(condition));
  }

  private static Formula compare(Condition.Compare c, Condition.Operator operator) {
    return Formula.atom(new Atom.Test(new Condition.Compare(c.left(), operator, c.right())));
  }

  /**
   * When the rule matches, given that it covers the category and purpose: its scope applies, its
   * {@code when} holds and its {@code unless} does not.
   */
  static Formula matches(RuleDefinition rule, Map<String, RegimeDefinition> regimes) {
    Formula scope =
        rule.regime()
            .map(regimes::get)
            .filter(r -> r.appliesWhen().isPresent())
            .map(r -> Formula.atom(new Atom.Regime(r.name(), r.appliesWhen())))
            .orElse(Formula.TRUE);
    Formula when = rule.when().map(Formulas::of).orElse(Formula.TRUE);
    Formula unless = rule.unless().map(Formulas::of).map(Formula::not).orElse(Formula.TRUE);
    return Formula.and(List.of(scope, when, unless));
  }
}
