package dev.proviso.sql;

import dev.proviso.analysis.Residual;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.model.Condition;
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
public final class ResidualSql implements PredicateBuilder<String> {
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
    String where = ResidualPredicates.allowed(residual, r);
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

  @Override
  public String always(boolean value) {
    return value ? "(1 = 1)" : "(1 = 0)";
  }

  @Override
  public String and(List<String> operands) {
    return "(" + String.join(" AND ", operands) + ")";
  }

  @Override
  public String or(List<String> operands) {
    return "(" + String.join(" OR ", operands) + ")";
  }

  @Override
  public String not(String operand) {
    return "(NOT " + operand + ")";
  }

  @Override
  public String orUnknown(String operand, boolean unknownAs) {
    return "COALESCE(" + operand + ", " + (unknownAs ? "TRUE" : "FALSE") + ")";
  }

  @Override
  public String present(String attribute) {
    return "(" + mapping.column(attribute) + " IS NOT NULL)";
  }

  @Override
  public String compare(String attribute, Condition.Operator operator, Object literal) {
    String symbol =
        switch (operator) {
          case EQ -> "=";
          case NE -> "<>";
          case LT -> "<";
          case LE -> "<=";
          case GT -> ">";
          case GE -> ">=";
        };
    return "(" + mapping.column(attribute) + " " + symbol + " " + literal(literal) + ")";
  }

  @Override
  public String in(String attribute, List<Object> literals) {
    List<String> markers = new ArrayList<>();
    literals.forEach(l -> markers.add(literal(l)));
    return "(" + mapping.column(attribute) + " IN (" + String.join(", ", markers) + "))";
  }

  private String literal(Object value) {
    if (value instanceof Double) {
      parameters.add(value);
      return dialect.number();
    }
    return bind(value);
  }

  /**
   * Latest consent event at or before the instant is a grant not yet expired; withdrawal wins ties.
   */
  @Override
  public String consentGiven(String purpose) {
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
  @Override
  public String optedOut(String name) {
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
  @Override
  public String notErased() {
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
}
