package dev.proviso.guard;

import dev.proviso.Subject;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads JDBC rows for a purpose: each row's subject is decided per mapped category, and the row
 * comes back as column label to value with only allowed (masked or pseudonymized) values. Columns
 * without a category follow the guard's {@link UnannotatedFields} default; a row none of whose
 * categorised columns is allowed is left out, so a marketing export never lists people it may not
 * contact.
 *
 * <pre>{@code
 * GuardedRows rows = GuardedRows.builder(guard)
 *     .subjectColumn("customer_id")
 *     .subjectAttribute("region", "region")
 *     .column("email", "contact.email")
 *     .column("phone", "contact.phone")
 *     .build();
 * try (ResultSet rs = statement.executeQuery("select * from customers")) {
 *   List<Map<String, Object>> shown = rows.read("marketing.email", rs);
 * }
 * }</pre>
 */
public final class GuardedRows {
  private final Guard guard;
  private final String subjectColumn;
  private final Map<String, String> subjectAttributes;
  private final Map<String, String> columns; // lower-cased label -> category
  private final CategorySet categories;

  private GuardedRows(Builder b) {
    if (b.subjectColumn == null) {
      throw new IllegalStateException(
          "GuardedRows needs subjectColumn(...): each row is decided for its own subject");
    }
    if (b.columns.isEmpty()) {
      throw new IllegalStateException("GuardedRows needs at least one column(label, category)");
    }
    this.guard = b.guard;
    this.subjectColumn = b.subjectColumn;
    this.subjectAttributes = Map.copyOf(b.subjectAttributes);
    this.columns = Map.copyOf(b.columns);
    Set<String> distinct = new LinkedHashSet<>(b.columns.values());
    this.categories = new CategorySet("GuardedRows columns", distinct.toArray(String[]::new));
  }

  public static Builder builder(Guard guard) {
    return new Builder(guard);
  }

  /** Reads every remaining row of {@code rows}, filtered for {@code purpose}. */
  public List<Map<String, Object>> read(String purpose, ResultSet rows) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    int count = meta.getColumnCount();
    String[] labels = new String[count];
    int[] slots = new int[count];
    for (int c = 0; c < count; c++) {
      labels[c] = meta.getColumnLabel(c + 1);
      String category = columns.get(labels[c].toLowerCase(Locale.ROOT));
      slots[c] = category == null ? -1 : categories.indexOf(category);
    }
    ValueFilter values = guard.values();
    List<Map<String, Object>> shown = new ArrayList<>();
    while (rows.next()) {
      FieldAction[] actions = guard.decisions(subject(rows), purpose).actions(categories);
      Map<String, Object> row = new LinkedHashMap<>();
      boolean anyCategorised = false;
      for (int c = 0; c < count; c++) {
        FieldAction action = values.action(slots[c], actions);
        Object value =
            action == FieldAction.REMOVE
                ? ValueFilter.REMOVED
                : values.apply(action, rows.getObject(c + 1));
        if (value != ValueFilter.REMOVED) {
          row.put(labels[c], value);
          anyCategorised |= slots[c] >= 0;
        }
      }
      if (anyCategorised) {
        shown.add(row);
      }
    }
    return shown;
  }

  private Subject subject(ResultSet row) throws SQLException {
    String id = row.getString(subjectColumn);
    if (id == null) {
      throw new SQLException("subject column '" + subjectColumn + "' is null in a row");
    }
    if (subjectAttributes.isEmpty()) {
      return guard.subject(id);
    }
    Subject.Builder subject = Subject.builder(id);
    for (Map.Entry<String, String> attribute : subjectAttributes.entrySet()) {
      Object value = row.getObject(attribute.getKey());
      if (value != null) {
        subject.set(attribute.getValue(), value);
      }
    }
    return subject.build();
  }

  /** Configures {@link GuardedRows}. */
  public static final class Builder {
    private final Guard guard;
    private String subjectColumn;
    private final Map<String, String> subjectAttributes = new LinkedHashMap<>();
    private final Map<String, String> columns = new LinkedHashMap<>();

    private Builder(Guard guard) {
      this.guard = Objects.requireNonNull(guard, "guard");
    }

    /**
     * The column holding the subject id. Unless {@link #subjectAttribute} columns are given, the
     * guard's subject resolver turns it into a subject.
     */
    public Builder subjectColumn(String label) {
      this.subjectColumn = Objects.requireNonNull(label, "label");
      return this;
    }

    /** Reads a subject attribute (e.g. {@code region}) from a column of the same row. */
    public Builder subjectAttribute(String label, String attribute) {
      subjectAttributes.put(label, attribute);
      return this;
    }

    /** Maps a result-set column label (case-insensitive) to the data category it holds. */
    public Builder column(String label, String category) {
      columns.put(label.toLowerCase(Locale.ROOT), Objects.requireNonNull(category, "category"));
      return this;
    }

    public GuardedRows build() {
      return new GuardedRows(this);
    }
  }
}
