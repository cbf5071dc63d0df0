package dev.proviso.dsl.internal.ast;

import dev.proviso.model.Effect;
import java.util.List;
import java.util.Optional;

/** One line of a {@code test} block, as written. */
public sealed interface TestStepNode {

  Loc loc();

  /** {@code subject { region: "EU", age: 30 }}. */
  record SubjectValues(List<Field> fields, Loc loc) implements TestStepNode {
    public SubjectValues {
      fields = List.copyOf(fields);
    }
  }

  /** {@code given event.cart_abandoned at T}. */
  record GivenEvent(Name event, Expr.InstantLiteral at, Loc loc) implements TestStepNode {}

  /** {@code given context.offer = "discount"}. */
  record GivenContext(Name attribute, Expr value, Loc loc) implements TestStepNode {}

  /**
   * {@code given consent(p) [by ROLE] at T [until T2]}, {@code given withdrawn(p) at T}, {@code
   * given refused(p) at T}, {@code given objected(p) at T}, {@code given opted_out(x) at T}, {@code
   * given opted_in(x) at T}.
   */
  record GivenCall(
      Expr.Call call,
      Optional<GivenBy> givenBy,
      Expr.InstantLiteral at,
      Optional<Expr.InstantLiteral> until,
      Loc loc)
      implements TestStepNode {
    /** A grant from the subject, as before {@code by ROLE}. */
    public GivenCall(
        Expr.Call call, Expr.InstantLiteral at, Optional<Expr.InstantLiteral> until, Loc loc) {
      this(call, Optional.empty(), at, until, loc);
    }
  }

  /** {@code by guardian}: the word as written (the checker wants {@code by}) and the role. */
  record GivenBy(Name word, Name role) {}

  /** {@code given erasure at T}. */
  record GivenFact(Name fact, Expr.InstantLiteral at, Loc loc) implements TestStepNode {}

  /**
   * {@code expect allow|deny CATS for PURPOSE [at T] [with OBLIGATIONS] [because "TEXT"]}; the text
   * must appear in the decision's explanation or advice.
   */
  record Expect(
      Effect outcome,
      SelectionNode categories,
      Name purpose,
      Optional<Expr.InstantLiteral> at,
      List<Expr.Call> obligations,
      Optional<Expr.Text> because,
      Loc loc)
      implements TestStepNode {
    public Expect {
      obligations = List.copyOf(obligations);
    }
  }

  /** {@code region: "EU"} inside a test's subject block. */
  record Field(Name name, Expr value, Loc loc) {}
}
