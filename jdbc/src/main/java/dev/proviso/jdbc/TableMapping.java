package dev.proviso.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How one application table maps to data categories, for {@link JdbcTableDataSystem}: its key and
 * subject-id columns, which columns hold which category, which columns carry event instants, and
 * optionally a column that records the purpose a retained row is restricted to. Identifiers are
 * validated, so a mapping cannot smuggle SQL.
 *
 * <pre>{@code
 * TableMapping invoices = TableMapping.table("invoices")
 *     .key("invoice_no").subject("customer_id")
 *     .column("billing_email", "contact.email")
 *     .column("amount", "financial.invoice")
 *     .event("issued_at", "invoice_issued")
 *     .restrictionColumn("restricted_to")
 *     .build();
 * }</pre>
 */
public record TableMapping(
    String table,
    String keyColumn,
    String subjectColumn,
    Map<String, String> categoryByColumn,
    Map<String, String> eventByColumn,
    Optional<String> restrictionColumn) {

  private static final Pattern IDENTIFIER =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

  public TableMapping {
    identifier(table, "table");
    identifier(keyColumn, "key column");
    identifier(subjectColumn, "subject column");
    categoryByColumn = Map.copyOf(categoryByColumn);
    eventByColumn = Map.copyOf(eventByColumn);
    Objects.requireNonNull(restrictionColumn, "restrictionColumn");
    categoryByColumn.keySet().forEach(c -> identifier(c, "column"));
    eventByColumn.keySet().forEach(c -> identifier(c, "event column"));
    restrictionColumn.ifPresent(c -> identifier(c, "restriction column"));
    if (categoryByColumn.isEmpty()) {
      throw new IllegalArgumentException(
          "table " + table + " maps no column to a data category; add .column(name, category)");
    }
  }

  public static Builder table(String table) {
    return new Builder(table);
  }

  /** The mapped columns holding {@code category}, in a stable order. */
  List<String> columnsOf(String category) {
    return categoryByColumn.entrySet().stream()
        .filter(e -> e.getValue().equals(category))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** Every mapped category column, sorted. */
  List<String> categoryColumns() {
    return categoryByColumn.keySet().stream().sorted().toList();
  }

  /** The columns a holdings query reads: category columns, then event columns, sorted. */
  List<String> selectedColumns() {
    List<String> all = new ArrayList<>(categoryColumns());
    eventByColumn.keySet().stream().sorted().forEach(all::add);
    return all;
  }

  private static void identifier(String name, String what) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "invalid SQL " + what + " name '" + name + "': use letters, digits and underscores");
    }
  }

  /** Builds a {@link TableMapping}. */
  public static final class Builder {
    private final String table;
    private String key;
    private String subject;
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final Map<String, String> events = new LinkedHashMap<>();
    private String restriction;

    private Builder(String table) {
      this.table = table;
    }

    public Builder key(String column) {
      this.key = column;
      return this;
    }

    public Builder subject(String column) {
      this.subject = column;
      return this;
    }

    /** The column holds data of {@code category}; it must be nullable (erasure sets NULL). */
    public Builder column(String column, String category) {
      columns.put(column, category);
      return this;
    }

    /** The column holds the instant of {@code event} (without the {@code event.} prefix). */
    public Builder event(String column, String event) {
      events.put(column, event);
      return this;
    }

    public Builder restrictionColumn(String column) {
      this.restriction = column;
      return this;
    }

    public TableMapping build() {
      return new TableMapping(
          table, key, subject, columns, events, Optional.ofNullable(restriction));
    }
  }
}
