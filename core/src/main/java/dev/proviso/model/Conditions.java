package dev.proviso.model;

import java.util.Arrays;
import java.util.List;

/**
 * Short factories for conditions and values, for policies built in code with {@link
 * PolicyModelBuilder}.
 *
 * <pre>{@code
 * import static dev.proviso.model.Conditions.*;
 * Condition adult = compare(subject("age"), Condition.Operator.GE, number(18));
 * Condition eu = in(subject("region"), text("EU"), text("EEA"));
 * Condition retarget = and(consent("marketing.retargeting"), elapsedAtLeast("cart_abandoned",
 *     new PolicyDuration(24, ChronoUnit.HOURS)));
 * }</pre>
 */
public final class Conditions {
  private Conditions() {}

  public static Value.Attribute subject(String name) {
    return new Value.Attribute(Value.Scope.SUBJECT, name);
  }

  public static Value.Attribute context(String name) {
    return new Value.Attribute(Value.Scope.CONTEXT, name);
  }

  public static Value.Attribute event(String name) {
    return new Value.Attribute(Value.Scope.EVENT, name);
  }

  public static Value text(String value) {
    return new Value.Text(value);
  }

  public static Value number(double value) {
    return new Value.Number(value);
  }

  public static Value bool(boolean value) {
    return new Value.Bool(value);
  }

  public static Condition and(Condition... operands) {
    return new Condition.And(List.of(operands));
  }

  public static Condition or(Condition... operands) {
    return new Condition.Or(List.of(operands));
  }

  public static Condition not(Condition operand) {
    return new Condition.Not(operand);
  }

  public static Condition compare(Value left, Condition.Operator operator, Value right) {
    return new Condition.Compare(left, operator, right);
  }

  public static Condition eq(Value left, Value right) {
    return compare(left, Condition.Operator.EQ, right);
  }

  /** {@code value in [options...]}. */
  public static Condition in(Value value, Value... options) {
    return new Condition.In(value, new Value.ListLiteral(Arrays.asList(options)));
  }

  public static Condition has(Value.Attribute attribute) {
    return new Condition.Has(attribute);
  }

  public static Condition isTrue(Value value) {
    return new Condition.IsTrue(value);
  }

  public static Condition consent(String purpose) {
    return new Condition.ConsentGiven(purpose);
  }

  /** {@code consent(newsletter)}: the declared consent is GIVEN (and within its validity). */
  public static Condition consent(ConsentDefinition consent) {
    return new Condition.ConsentKindGiven(consent);
  }

  public static Condition optedOut(String name) {
    return new Condition.OptedOut(name);
  }

  /** {@code basis(contract, legitimate_interests)}. */
  public static Condition basis(LawfulBasis... bases) {
    return new Condition.BasisHolds(java.util.List.of(bases));
  }

  /** {@code elapsed(event.x) >= duration}. */
  public static Condition elapsedAtLeast(String event, PolicyDuration duration) {
    return compare(
        new Value.Elapsed(event), Condition.Operator.GE, new Value.DurationLiteral(duration));
  }
}
