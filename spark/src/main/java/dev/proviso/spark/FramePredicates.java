package dev.proviso.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.proviso.model.Condition;
import dev.proviso.sql.PredicateBuilder;
import dev.proviso.sql.PushdownException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;

/**
 * Residual predicates as Spark columns over the customer frame. Consent and opt-out atoms become
 * columns of the per-subject facts {@link ConsentFacts} aggregates (NULL for a subject with no
 * event: never consent, never opted out); erasure is a flag column joined in.
 */
final class FramePredicates implements PredicateBuilder<Column> {
  static final String ERASED = "__proviso_erased";

  private final FrameMapping mapping;
  private final Set<String> customerColumns;
  private final Map<String, String> consents = new LinkedHashMap<>(); // purpose -> column
  private final Map<String, String> optOuts = new LinkedHashMap<>(); // name -> column

  FramePredicates(FrameMapping mapping, Set<String> customerColumns) {
    this.mapping = mapping;
    this.customerColumns = customerColumns;
  }

  Map<String, String> consents() {
    return consents;
  }

  Map<String, String> optOuts() {
    return optOuts;
  }

  @Override
  public Column always(boolean value) {
    return lit(value);
  }

  @Override
  public Column and(List<Column> operands) {
    return operands.stream().reduce(Column::and).orElse(lit(true));
  }

  @Override
  public Column or(List<Column> operands) {
    return operands.stream().reduce(Column::or).orElse(lit(false));
  }

  @Override
  public Column not(Column operand) {
    return org.apache.spark.sql.functions.not(operand);
  }

  @Override
  public Column orUnknown(Column operand, boolean unknownAs) {
    return coalesce(operand, lit(unknownAs));
  }

  @Override
  public Column present(String attribute) {
    return column(attribute).isNotNull();
  }

  @Override
  public Column compare(String attribute, Condition.Operator operator, Object literal) {
    Column c = column(attribute);
    Column v = lit(literal);
    return switch (operator) {
      case EQ -> c.equalTo(v);
      case NE -> c.notEqual(v);
      case LT -> c.lt(v);
      case LE -> c.leq(v);
      case GT -> c.gt(v);
      case GE -> c.geq(v);
    };
  }

  @Override
  public Column in(String attribute, List<Object> literals) {
    return column(attribute).isin(literals.toArray());
  }

  @Override
  public Column consentGiven(String purpose) {
    String name = consents.computeIfAbsent(purpose, p -> "__proviso_consent" + consents.size());
    return coalesce(col(name), lit(false));
  }

  @Override
  public Column optedOut(String name) {
    String column = optOuts.computeIfAbsent(name, n -> "__proviso_optout" + optOuts.size());
    return coalesce(col(column), lit(false));
  }

  @Override
  public Column notErased() {
    return col(ERASED).isNull();
  }

  private Column column(String attribute) {
    String column = mapping.attributeColumns().get(attribute);
    if (column == null) {
      throw new PushdownException("subject." + attribute + " has no column in the frame mapping");
    }
    if (!customerColumns.contains(column)) {
      throw new PushdownException(
          "subject." + attribute + " is mapped to column '" + column + "', not in the frame");
    }
    return col(column);
  }
}
