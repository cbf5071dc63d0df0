package dev.proviso.sql;

import dev.proviso.analysis.Residual;
import dev.proviso.model.Condition;
import dev.proviso.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one mapping of a {@link Residual}'s three-valued logic onto a predicate language, shared by
 * the SQL and Spark renderers. An allow clause matches only when its condition is TRUE ({@code
 * COALESCE(.., FALSE)}), a deny clause unless it is FALSE ({@code COALESCE(.., TRUE)}): errors
 * never grant. What cannot be pushed down (context, events, {@code not_before}, a retention after
 * erasure, orderings other than on numbers) throws {@link PushdownException}. Operands are built in
 * the order they appear in the rendered predicate, so positional parameters line up.
 *
 * <pre>{@code
 * Residual residual =
 *     new CellAnalyzer(model).exactResidual(List.of("contact.email"), "marketing.email");
 * SqlFilter filter = ResidualSql.render(residual, mapping, SqlDialect.H2, Instant.now());
 * }</pre>
 */
public final class ResidualPredicates {
  private ResidualPredicates() {}

  /** The predicate selecting exactly the subjects for whom the residual's use is allowed. */
  public static <T> T allowed(Residual residual, PredicateBuilder<T> b) {
    if (!residual.declared()) {
      return b.always(false);
    }
    if (residual.retentionMayApply()) {
      throw new PushdownException(
          "a retention covers "
              + residual.categories()
              + " for "
              + residual.purpose()
              + ": whether it is in force for an erased subject depends on an event, not in a table");
    }
    List<T> conjuncts = new ArrayList<>();
    conjuncts.add(b.notErased());
    for (Residual.Part part : residual.parts()) {
      List<T> denies = new ArrayList<>();
      for (Residual.Clause deny : part.denies()) {
        denies.add(clause(deny, true, b));
      }
      List<T> allows = new ArrayList<>();
      for (Residual.Clause allow : part.allows()) {
        allows.add(allowMatches(allow, b));
      }
      if (!denies.isEmpty()) {
        conjuncts.add(b.not(b.or(denies)));
      }
      conjuncts.add(allows.isEmpty() ? b.always(false) : b.or(allows));
    }
    return b.and(conjuncts);
  }

  /**
   * Whether an allow clause matches (its regime applies and its condition is TRUE): where it does,
   * its obligations bind the use.
   */
  public static <T> T allowMatches(Residual.Clause allow, PredicateBuilder<T> b) {
    if (allow.notBefore()) {
      throw new PushdownException(
          "rule "
              + allow.ruleId()
              + " has a not_before obligation: it depends on an event, not in a table");
    }
    return clause(allow, false, b);
  }

  /**
   * A rule matches when its scope applies and {@code when and not unless} is TRUE, or for a deny
   * also unknown ({@code unknownAs}: errors never grant). A regime whose condition is unknown
   * applies for its denies only (semantics rule 1), so unknown counts as {@code unknownAs} there
   * too.
   */
  private static <T> T clause(Residual.Clause clause, boolean unknownAs, PredicateBuilder<T> b) {
    List<T> parts = new ArrayList<>();
    clause.regime().ifPresent(c -> parts.add(b.orUnknown(condition(c, b), unknownAs)));
    List<T> match = new ArrayList<>();
    clause.when().ifPresent(c -> match.add(condition(c, b)));
    clause.unless().ifPresent(c -> match.add(b.not(condition(c, b))));
    if (!match.isEmpty()) {
      parts.add(b.orUnknown(b.and(match), unknownAs));
    }
    return parts.isEmpty() ? b.always(true) : b.and(parts);
  }

  /** A condition in SQL's three-valued logic: unknown where the engine's is ERROR. */
  private static <T> T condition(Condition condition, PredicateBuilder<T> b) {
    if (condition instanceof Condition.And and) {
      return b.and(operands(and.operands(), b));
    }
    if (condition instanceof Condition.Or or) {
      return b.or(operands(or.operands(), b));
    }
    if (condition instanceof Condition.Not not) {
      return b.not(condition(not.operand(), b));
    }
    if (condition instanceof Condition.Compare compare) {
      return compare(compare, b);
    }
    if (condition instanceof Condition.In in) {
      return in(in, b);
    }
    if (condition instanceof Condition.Has has) {
      return b.present(subject(has.attribute()));
    }
    if (condition instanceof Condition.IsTrue isTrue) {
      return b.compare(subject(isTrue.value()), Condition.Operator.EQ, Boolean.TRUE);
    }
    if (condition instanceof Condition.ConsentGiven consent) {
      return b.consentGiven(consent.purpose());
    }
    if (condition instanceof Condition.ConsentKindGiven kind) {
      // its validity and giver are the engine's to apply; a table of grants cannot say them
      throw new PushdownException(
          "a rule asks for consent("
              + kind.consent().name()
              + "), a consent declared in the policy: its validity and giver are not in a table");
    }
    if (condition instanceof Condition.BasisHolds) {
      throw new PushdownException(
          "a rule asks for a lawful basis: it depends on the declared bases and the requested"
              + " purpose, not on a table");
    }
    return b.optedOut(((Condition.OptedOut) condition).name());
  }

  private static <T> List<T> operands(List<Condition> operands, PredicateBuilder<T> b) {
    List<T> built = new ArrayList<>();
    operands.forEach(c -> built.add(condition(c, b)));
    return built;
  }

  private static <T> T compare(Condition.Compare compare, PredicateBuilder<T> b) {
    String attribute = subject(compare.left());
    Value right = compare.right();
    boolean equality =
        compare.operator() == Condition.Operator.EQ || compare.operator() == Condition.Operator.NE;
    if (right instanceof Value.Number || (equality && literal(right) != null)) {
      return b.compare(attribute, compare.operator(), literal(right));
    }
    throw refuse(
        "a comparison "
            + compare.operator()
            + " of subject."
            + attribute
            + " with a "
            + right.getClass().getSimpleName()
            + " (only numbers order in SQL as in the engine)");
  }

  private static <T> T in(Condition.In in, PredicateBuilder<T> b) {
    String attribute = subject(in.value());
    if (!(in.options() instanceof Value.ListLiteral list) || list.elements().isEmpty()) {
      throw refuse("a membership test on subject." + attribute + " (literals only)");
    }
    List<Object> literals = new ArrayList<>();
    for (Value element : list.elements()) {
      Object literal = literal(element);
      if (literal == null) {
        throw refuse("a membership test on subject." + attribute + " (literals only)");
      }
      literals.add(literal);
    }
    return b.in(attribute, literals);
  }

  /** The Java value of a text, number or bool literal; null for anything else. */
  private static Object literal(Value value) {
    if (value instanceof Value.Number n) {
      return n.value();
    }
    if (value instanceof Value.Text t) {
      return t.value();
    }
    return value instanceof Value.Bool bool ? bool.value() : null;
  }

  private static String subject(Value value) {
    if (value instanceof Value.Attribute a && a.scope() == Value.Scope.SUBJECT) {
      return a.name();
    }
    throw refuse(
        (value instanceof Value.Attribute a
                ? a.scope().name().toLowerCase(Locale.ROOT) + "." + a.name()
                : "a " + value.getClass().getSimpleName() + " value")
            + " (only subject attributes have columns; context and events are per request)");
  }

  private static PushdownException refuse(String what) {
    return new PushdownException("cannot push down: " + what);
  }
}
