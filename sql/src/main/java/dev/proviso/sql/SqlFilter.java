package dev.proviso.sql;

import java.util.List;

/**
 * A {@code WHERE} predicate and the values of its {@code ?} markers, in order. Values are never
 * part of {@link #where()}: bind them with {@code PreparedStatement.setObject(i + 1, value)}.
 *
 * @param where the predicate over the customer table's alias
 * @param parameters String, Double, Boolean or java.time.OffsetDateTime values
 * @param segmentQuery {@code SELECT alias.id FROM table alias WHERE ...}, the same parameters
 */
public record SqlFilter(String where, List<Object> parameters, String segmentQuery) {
  public SqlFilter {
    parameters = List.copyOf(parameters);
  }

  /** Only the number of parameters: they may be personal data. */
  @Override
  public String toString() {
    return "SqlFilter[" + where + " with " + parameters.size() + " parameters]";
  }
}
