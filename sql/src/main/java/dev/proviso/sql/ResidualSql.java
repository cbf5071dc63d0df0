package dev.proviso.sql;

import dev.proviso.analysis.Residual;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.model.Condition;
import dev.proviso.model.Value;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Residual} as a SQL {@code WHERE} predicate selecting exactly the customers for
 * whom the use is allowed at an instant. The engine's three-valued logic maps onto SQL's: a
 * condition that cannot be evaluated (a NULL column) is UNKNOWN, an allow matches only when its
 * condition {@code COALESCE(.., FALSE)} is TRUE and a deny when {@code COALESCE(.., TRUE)} is.
 * Consent is the latest event at or before the instant, withdrawal winning ties, as in {@code
 * ConsentHistory}. What SQL cannot see (context, events, elapsed time, a retention after erasure)
 * makes rendering throw {@link PushdownException}: it never widens the selection.
 *
 * <pre>{@code
 * Residual residual =
 *     new CellAnalyzer(model).exactResidual(List.of("contact.email"), "marketing.email");
 * SqlFilter filter = ResidualSql.render(residual, mapping, SqlDialect.H2, Instant.now());
 * }</pre>
 */
public final class ResidualSql {
  private final SqlMapping mapping;
  private final SqlDialect dialect;
  private final Instant at;
  private final List<Object> parameters = new ArrayList<>();

  private ResidualSql(SqlMapping mapping, SqlDialect dialect, Instant at) {
    this.mapping = mapping;
    this.dialect = dialect;
    this.at = at;
  }

  /** The predicate and its parameters; throws {@link PushdownException} when not exact in SQL. */
  public static SqlFilter render(
      Residual residual, SqlMapping mapping, SqlDialect dialect, Instant at) {
    ResidualSql r = new ResidualSql(mapping, dialect, at);
    String where = r.allowed(residual);
    String query =
        "SELECT "
            + mapping.id()
            + " FROM "
            + mapping.customerTable()
            + " "
            + mapping.alias()
            + " WHERE "
            + where;
    return new SqlFilter(where, r.parameters, query);
  }

  private String allowed(Residual residual) {
    if (!residual.declared()) {
      return "(1 = 0)";
    }
    if (residual.retentionMayApply()) {
      throw new PushdownException(
          "a retention covers "
              + residual.categories()
              + " for "
              + residual.purpose()
              + ": whether it is in force for an erased subject depends on an event, not in a table");
    }
    List<String> conjuncts = new ArrayList<>();
    conjuncts.add(notErased());
    for (Residual.Part part : residual.parts()) {
      List<String> denies = new ArrayList<>();
      for (Residual.Clause deny : part.denies()) {
        denies.add(clause(deny, "TRUE"));
      }
      List<String> allows = new ArrayList<>();
      for (Residual.Clause allow : part.allows()) {
        if (allow.notBefore()) {
          throw new PushdownException(
              "rule "
                  + allow.ruleId()
                  + " has a not_before obligation: it depends on an event, not in a table");
        }
        allows.add(clause(allow, "FALSE"));
      }
      if (!denies.isEmpty()) {
        conjuncts.add("NOT (" + String.join(" OR ", denies) + ")");
      }
      conjuncts.add(allows.isEmpty() ? "(1 = 0)" : "(" + String.join(" OR ", allows) + ")");
    }
    return "(" + String.join(" AND ", conjuncts) + ")";
  }

  /**
   * A rule matches when its scope applies and {@code when and not unless} is TRUE, or for a deny
   * also unknown ({@code unknownAs}: errors never grant). A regime whose condition is unknown
   * applies for its denies only (semantics rule 1), so unknown counts as {@code unknownAs} there
   * too.
   */
  private String clause(Residual.Clause clause, String unknownAs) {
    List<String> parts = new ArrayList<>();
    clause.regime().ifPresent(c -> parts.add("COALESCE(" + condition(c) + ", " + unknownAs + ")"));
    List<String> match = new ArrayList<>();
    clause.when().ifPresent(c -> match.add(condition(c)));
    clause.unless().ifPresent(c -> match.add("(NOT " + condition(c) + ")"));
    if (!match.isEmpty()) {
      parts.add("COALESCE(" + String.join(" AND ", match) + ", " + unknownAs + ")");
    }
    return parts.isEmpty() ? "(1 = 1)" : "(" + String.join(" AND ", parts) + ")";
  }

  /** A condition in SQL's three-valued logic: NULL where the engine's is ERROR. */
  private String condition(Condition condition) {
    if (condition instanceof Condition.And and) {
      return junction(and.operands(), " AND ");
    }
    if (condition instanceof Condition.Or or) {
      return junction(or.operands(), " OR ");
    }
    if (condition instanceof Condition.Not not) {
      return "(NOT " + condition(not.operand()) + ")";
    }
    if (condition instanceof Condition.Compare compare) {
      return compare(compare);
    }
    if (condition instanceof Condition.In in) {
      return in(in);
    }
    if (condition instanceof Condition.Has has) {
      return "(" + column(has.attribute()) + " IS NOT NULL)";
    }
    if (condition instanceof Condition.IsTrue isTrue) {
      return "(" + column(attribute(isTrue.value())) + " = " + bind(Boolean.TRUE) + ")";
    }
    if (condition instanceof Condition.ConsentGiven consent) {
      return consentGiven(consent.purpose());
    }
    if (condition instanceof Condition.ConsentKindGiven kind) {
      // its validity and giver are the engine's to apply; a table of grants cannot say them
      throw refuse("consent(" + kind.consent().name() + "), a consent declared in the policy");
    }
    return optedOut(((Condition.OptedOut) condition).name());
  }

  private String junction(List<Condition> operands, String operator) {
    List<String> rendered = new ArrayList<>();
    operands.forEach(c -> rendered.add(condition(c)));
    return "(" + String.join(operator, rendered) + ")";
  }

  private String compare(Condition.Compare compare) {
    Value.Attribute attribute = attribute(compare.left());
    Value right = compare.right();
    String operator =
        switch (compare.operator()) {
          case EQ -> "=";
          case NE -> "<>";
          case LT -> "<";
          case LE -> "<=";
          case GT -> ">";
          case GE -> ">=";
        };
    boolean equality =
        compare.operator() == Condition.Operator.EQ || compare.operator() == Condition.Operator.NE;
    if (right instanceof Value.Number || (equality && literal(right))) {
      return "(" + column(attribute) + " " + operator + " " + literalParameter(right) + ")";
    }
    throw refuse(
        "a comparison "
            + compare.operator()
            + " of subject."
            + attribute.name()
            + " with a "
            + right.getClass().getSimpleName()
            + " (only numbers order in SQL as in the engine)");
  }

  private String in(Condition.In in) {
    Value.Attribute attribute = attribute(in.value());
    if (!(in.options() instanceof Value.ListLiteral list) || list.elements().isEmpty()) {
      throw refuse("a membership test on subject." + attribute.name() + " (literals only)");
    }
    List<String> markers = new ArrayList<>();
    for (Value element : list.elements()) {
      if (!literal(element)) {
        throw refuse("a membership test on subject." + attribute.name() + " (literals only)");
      }
      markers.add(literalParameter(element));
    }
    return "(" + column(attribute) + " IN (" + String.join(", ", markers) + "))";
  }

  private static boolean literal(Value value) {
    return value instanceof Value.Text
        || value instanceof Value.Number
        || value instanceof Value.Bool;
  }

  private String literalParameter(Value value) {
    if (value instanceof Value.Number n) {
      parameters.add(n.value());
      return dialect.number();
    }
    if (value instanceof Value.Text t) {
      return bind(t.value());
    }
    return bind(((Value.Bool) value).value());
  }

  private Value.Attribute attribute(Value value) {
    if (value instanceof Value.Attribute a && a.scope() == Value.Scope.SUBJECT) {
      return a;
    }
    throw refuse(
        "a "
            + value.getClass().getSimpleName()
            + " value"
            + (value instanceof Value.Attribute a ? " " + a.scope() + "." + a.name() : "")
            + " (only subject attributes have columns; context and events are per request)");
  }

  private String column(Value.Attribute attribute) {
    if (attribute.scope() != Value.Scope.SUBJECT) {
      throw refuse(
          attribute.scope().name().toLowerCase(java.util.Locale.ROOT)
              + "."
              + attribute.name()
              + " (only subject attributes have columns; context and events are per request)");
    }
    return mapping.column(attribute.name());
  }

  /**
   * Latest consent event at or before the instant is a grant not yet expired; withdrawal wins ties.
   */
  private String consentGiven(String purpose) {
    SqlMapping.ConsentTable t = mapping.consents();
    String g = "pg" + parameters.size();
    String e = "pe" + parameters.size();
    return "EXISTS (SELECT 1 FROM "
        + t.table()
        + " "
        + g
        + " WHERE "
        + g
        + "."
        + t.subject()
        + " = "
        + mapping.id()
        + " AND "
        + g
        + "."
        + t.name()
        + " = "
        + bind(purpose)
        + " AND "
        + g
        + "."
        + t.kind()
        + " = "
        + bind(ConsentEventKind.GIVEN.name())
        + " AND "
        + g
        + "."
        + t.at()
        + " <= "
        + instant()
        + " AND ("
        + g
        + "."
        + t.expires()
        + " IS NULL OR "
        + g
        + "."
        + t.expires()
        + " > "
        + instant()
        + ")"
        + " AND NOT EXISTS (SELECT 1 FROM "
        + t.table()
        + " "
        + e
        + " WHERE "
        + e
        + "."
        + t.subject()
        + " = "
        + g
        + "."
        + t.subject()
        + " AND "
        + e
        + "."
        + t.name()
        + " = "
        + g
        + "."
        + t.name()
        + " AND "
        + e
        + "."
        + t.kind()
        + " IN ("
        + bind(ConsentEventKind.GIVEN.name())
        + ", "
        + bind(ConsentEventKind.WITHDRAWN.name())
        + ")"
        + " AND "
        + e
        + "."
        + t.at()
        + " <= "
        + instant()
        + " AND ("
        + e
        + "."
        + t.at()
        + " > "
        + g
        + "."
        + t.at()
        + " OR ("
        + e
        + "."
        + t.at()
        + " = "
        + g
        + "."
        + t.at()
        + " AND "
        + e
        + "."
        + t.kind()
        + " = "
        + bind(ConsentEventKind.WITHDRAWN.name())
        + "))))";
  }

  /** Latest opt-out event at or before the instant is an opt-out; opt-out wins ties. */
  private String optedOut(String name) {
    SqlMapping.ConsentTable t = mapping.consents();
    String o = "po" + parameters.size();
    String e = "pb" + parameters.size();
    return "EXISTS (SELECT 1 FROM "
        + t.table()
        + " "
        + o
        + " WHERE "
        + o
        + "."
        + t.subject()
        + " = "
        + mapping.id()
        + " AND "
        + o
        + "."
        + t.name()
        + " = "
        + bind(name)
        + " AND "
        + o
        + "."
        + t.kind()
        + " = "
        + bind(ConsentEventKind.OPTED_OUT.name())
        + " AND "
        + o
        + "."
        + t.at()
        + " <= "
        + instant()
        + " AND NOT EXISTS (SELECT 1 FROM "
        + t.table()
        + " "
        + e
        + " WHERE "
        + e
        + "."
        + t.subject()
        + " = "
        + o
        + "."
        + t.subject()
        + " AND "
        + e
        + "."
        + t.name()
        + " = "
        + o
        + "."
        + t.name()
        + " AND "
        + e
        + "."
        + t.kind()
        + " = "
        + bind(ConsentEventKind.OPTED_BACK_IN.name())
        + " AND "
        + e
        + "."
        + t.at()
        + " <= "
        + instant()
        + " AND "
        + e
        + "."
        + t.at()
        + " > "
        + o
        + "."
        + t.at()
        + "))";
  }

  /** Semantics rule 7: from an accepted erasure request on, every use is denied. */
  private String notErased() {
    SqlMapping.ErasureTable t = mapping.erasures();
    return "NOT EXISTS (SELECT 1 FROM "
        + t.table()
        + " er"
        + " WHERE er."
        + t.subject()
        + " = "
        + mapping.id()
        + " AND er."
        + t.at()
        + " <= "
        + instant()
        + ")";
  }

  private String bind(Object value) {
    parameters.add(value);
    return "?";
  }

  private String instant() {
    parameters.add(at.atOffset(ZoneOffset.UTC));
    return dialect.instant();
  }

  private static PushdownException refuse(String what) {
    return new PushdownException("cannot render in SQL: " + what);
  }
}
