package dev.proviso.sql;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the facts of a residual live: the customer table (one row per subject, a column per subject
 * attribute, NULL for a missing value), the consent-ledger table (one row per event) and the
 * erasure-request table. Names are identifiers checked against {@code [A-Za-z_][A-Za-z0-9_]*}
 * (optionally {@code schema.table}); they are written into the SQL, values never are.
 *
 * <pre>{@code
 * SqlMapping mapping =
 *     new SqlMapping(
 *         "customers", "c", "id", Map.of("region", "region", "age", "age"),
 *         SqlMapping.ConsentTable.standard("consent_events"),
 *         SqlMapping.ErasureTable.standard("erasure_requests"));
 * }</pre>
 *
 * @param customerTable the customer table
 * @param alias its alias in the predicate
 * @param idColumn the subject id column
 * @param attributeColumns subject attribute name to column
 * @param consents the consent-event table
 * @param erasures the erasure-request table
 */
public record SqlMapping(
    String customerTable,
    String alias,
    String idColumn,
    Map<String, String> attributeColumns,
    ConsentTable consents,
    ErasureTable erasures) {

  private static final Pattern IDENTIFIER =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

  public SqlMapping {
    identifier(customerTable);
    identifier(alias);
    identifier(idColumn);
    attributeColumns = Map.copyOf(attributeColumns);
    attributeColumns.values().forEach(SqlMapping::identifier);
  }

  /**
   * Consent events: subject id, kind ({@code GIVEN}, {@code WITHDRAWN}, {@code OPTED_OUT}, {@code
   * OPTED_BACK_IN} as text), purpose or opt-out name, event time, expiry (NULL for none).
   */
  public record ConsentTable(
      String table, String subject, String kind, String name, String at, String expires) {
    public ConsentTable {
      for (String s : new String[] {table, subject, kind, name, at, expires}) {
        identifier(s);
      }
    }

    /** Columns {@code subject_id, kind, name, at, expires}. */
    public static ConsentTable standard(String table) {
      return new ConsentTable(table, "subject_id", "kind", "name", "at", "expires");
    }
  }

  /** Accepted erasure requests: subject id and acceptance time. */
  public record ErasureTable(String table, String subject, String at) {
    public ErasureTable {
      identifier(table);
      identifier(subject);
      identifier(at);
    }

    /** Columns {@code subject_id, accepted_at}. */
    public static ErasureTable standard(String table) {
      return new ErasureTable(table, "subject_id", "accepted_at");
    }
  }

  static String identifier(String name) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "not an SQL identifier: '" + name + "' (letters, digits, _; optionally schema.name)");
    }
    return name;
  }

  String column(String attribute) {
    String column = attributeColumns.get(attribute);
    if (column == null) {
      throw new PushdownException(
          "subject." + attribute + " has no column in the mapping of " + customerTable);
    }
    return alias + "." + column;
  }

  String id() {
    return alias + "." + idColumn;
  }
}
