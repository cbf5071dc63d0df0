package dev.proviso.sql;

import dev.proviso.model.Condition;
import java.util.List;

/**
 * Builds one target's predicates (SQL text, Spark columns) for {@link ResidualPredicates}, which
 * alone decides how a residual's three-valued logic maps onto them. Every predicate is in SQL's
 * three-valued logic: NULL (unknown) where the engine's condition is ERROR. A method that cannot be
 * rendered exactly throws {@link PushdownException}.
 *
 * @param <T> the predicate type
 */
public interface PredicateBuilder<T> {

  /** A predicate that is always TRUE or always FALSE. */
  T always(boolean value);

  T and(List<T> operands);

  T or(List<T> operands);

  T not(T operand);

  /** {@code operand}, with unknown read as {@code unknownAs} (SQL {@code COALESCE}). */
  T orUnknown(T operand, boolean unknownAs);

  /** The subject attribute has a value (is not NULL). */
  T present(String attribute);

  /**
   * {@code subject.attribute op literal}; {@code literal} is a Double, String or Boolean, and only
   * a Double is ever given with an ordering operator.
   */
  T compare(String attribute, Condition.Operator operator, Object literal);

  /** {@code subject.attribute in [literals]}, each a Double, String or Boolean; never empty. */
  T in(String attribute, List<Object> literals);

  /** The subject's consent for {@code purpose} is GIVEN at the instant (never unknown). */
  T consentGiven(String purpose);

  /** The subject is opted out under {@code name} at the instant (never unknown). */
  T optedOut(String name);

  /** No erasure request of the subject was accepted at or before the instant. */
  T notErased();
}
