package dev.proviso.dsl.internal.ast;

import dev.proviso.model.Condition;
import dev.proviso.model.Value;
import java.util.List;

/**
 * Conditions and values share one tree, as written; the checker gives each node a type and the
 * lowering turns it into core's {@code Condition} and {@code Value}. Parentheses are not kept: the
 * formatter puts them back where precedence needs them.
 */
public sealed interface Expr {

  Loc loc();

  /** {@code a and b and c} / {@code a or b}. */
  record Logical(boolean and, List<Expr> operands, Loc loc) implements Expr {
    public Logical {
      operands = List.copyOf(operands);
    }
  }

  record Not(Expr operand, Loc loc) implements Expr {}

  record Compare(Expr left, Condition.Operator operator, Expr right, Loc loc) implements Expr {}

  record In(Expr value, Expr options, Loc loc) implements Expr {}

  /** {@code event.x + 24h}. */
  record Plus(Expr left, Expr right, Loc loc) implements Expr {}

  /**
   * {@code consent(marketing.email)}, {@code has(context.offer)}, {@code elapsed(event.x)}; also
   * obligations such as {@code mask(contact)} and {@code audit} (written without parentheses).
   */
  record Call(Name function, boolean parentheses, List<Expr> arguments, Loc loc) implements Expr {
    public Call {
      arguments = List.copyOf(arguments);
    }
  }

  /** {@code subject.age}, {@code context.channel}, {@code event.cart_abandoned}. */
  record Attribute(Value.Scope scope, Name name, Loc loc) implements Expr {}

  /** A bare dotted name, e.g. the purpose in {@code consent(marketing.email)}. */
  record Path(Name name, Loc loc) implements Expr {}

  record Text(String value, Loc loc) implements Expr {}

  /** A number as written, e.g. {@code 16} or {@code 0.5}. */
  record Number(String raw, Loc loc) implements Expr {}

  record Bool(boolean value, Loc loc) implements Expr {}

  /** An instant as written, e.g. {@code 2026-01-01T00:00:00Z}; validated by the checker. */
  record InstantLiteral(String raw, Loc loc) implements Expr {}

  /** A duration as written, e.g. {@code 24h} or {@code 10 years}; validated by the checker. */
  record DurationLiteral(String raw, Loc loc) implements Expr {}

  record ListLiteral(List<Expr> elements, Loc loc) implements Expr {
    public ListLiteral {
      elements = List.copyOf(elements);
    }
  }
}
