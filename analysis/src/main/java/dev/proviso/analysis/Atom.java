package dev.proviso.analysis;

import dev.proviso.engine.ConditionText;
import dev.proviso.model.Condition;
import java.util.Optional;

/**
 * An indivisible test in a residual formula: a leaf condition ({@code subject.age < 16}, {@code
 * consent(marketing.email)}) or the applicability of a conditional regime. Comparisons are stored
 * with {@code ==}, {@code <} or {@code >} so that {@code subject.age >= 16} is the negation of
 * {@code subject.age < 16}, not a new atom.
 */
public sealed interface Atom {

  /** The atom as written in a policy. */
  String text();

  /** Its negation as written in a policy. */
  String negatedText();

  /** A leaf condition: Compare (EQ, LT or GT), In, Has, ConsentGiven, OptedOut or IsTrue. */
  record Test(Condition condition) implements Atom {
    @Override
    public String text() {
      return ConditionText.of(condition);
    }

    @Override
    public String negatedText() {
      if (condition instanceof Condition.Compare c) {
        return ConditionText.of(new Condition.Compare(c.left(), negate(c.operator()), c.right()));
      }
      return "not " + text();
    }

    private static Condition.Operator negate(Condition.Operator operator) {
      return switch (operator) {
        case EQ -> Condition.Operator.NE;
        case NE -> Condition.Operator.EQ;
        case LT -> Condition.Operator.GE;
        case GE -> Condition.Operator.LT;
        case GT -> Condition.Operator.LE;
        case LE -> Condition.Operator.GT;
      };
    }
  }

  /** The subject falls under a regime with an applicability condition. */
  record Regime(String name, Optional<Condition> appliesWhen) implements Atom {
    @Override
    public String text() {
      return "under " + name + appliesWhen.map(c -> " (" + ConditionText.of(c) + ")").orElse("");
    }

    @Override
    public String negatedText() {
      return "not " + text();
    }
  }
}
