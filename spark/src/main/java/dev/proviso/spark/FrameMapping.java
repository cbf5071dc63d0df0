package dev.proviso.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a customer DataFrame holds its facts: the subject id column, a column per subject attribute
 * (NULL for a missing value, the attribute's declared type), the data category of each column the
 * job reads, and the columns that hold no personal data. Every other column is dropped: a column
 * nobody classified is never handed out.
 *
 * <pre>{@code
 * FrameMapping mapping =
 *     new FrameMapping(
 *         "id",
 *         Map.of("region", "region", "age", "age"),
 *         Map.of("email", "contact.email", "phone", "contact.phone"),
 *         Set.of("signup_week"));
 * }</pre>
 *
 * @param idColumn the subject id column (kept only when it is categorised or not personal)
 * @param attributeColumns subject attribute name to column
 * @param columnCategories column to the data category it holds
 * @param notPersonal columns kept as they are
 */
public record FrameMapping(
    String idColumn,
    Map<String, String> attributeColumns,
    Map<String, String> columnCategories,
    Set<String> notPersonal) {

  public FrameMapping {
    Objects.requireNonNull(idColumn, "idColumn");
    attributeColumns = Map.copyOf(attributeColumns);
    columnCategories = Map.copyOf(new LinkedHashMap<>(columnCategories));
    notPersonal = Set.copyOf(notPersonal);
    if (columnCategories.isEmpty()) {
      throw new IllegalArgumentException(
          "FrameMapping needs at least one column with its data category");
    }
    for (String column : notPersonal) {
      if (columnCategories.containsKey(column)) {
        throw new IllegalArgumentException(
            "column '" + column + "' has a data category and is declared not personal");
      }
    }
  }
}
