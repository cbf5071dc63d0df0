package dev.proviso.jdbc;

import dev.proviso.erasure.DataSystem;
import dev.proviso.erasure.HeldItem;
import dev.proviso.erasure.ItemRef;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A {@link DataSystem} over one application table described by a {@link TableMapping}. Erasing an
 * item sets its category's columns to NULL; a row left with no mapped data is deleted, so the
 * subject id does not linger. Restricting writes the purpose into the restriction column, if the
 * mapping has one (otherwise the engine's erasure restriction is the only guard). Event columns of
 * type {@code TIMESTAMP} without time zone are read as UTC. Every write is explicitly committed
 * (auto-commit on or off), and the first write refuses a database whose commits are not durable.
 *
 * <pre>{@code
 * DataSystem invoicing = new JdbcTableDataSystem("invoicing", dataSource, invoicesMapping);
 * }</pre>
 */
public final class JdbcTableDataSystem implements DataSystem {
  private final String name;
  private final DataSource dataSource;
  private final TableMapping m;
  private volatile boolean durableChecked;

  public JdbcTableDataSystem(String name, DataSource dataSource, TableMapping mapping) {
    this.name = Objects.requireNonNull(name, "name");
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.m = Objects.requireNonNull(mapping, "mapping");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<HeldItem> holdings(String subjectId) {
    String sql =
        "SELECT "
            + m.keyColumn()
            + ", "
            + String.join(", ", m.selectedColumns())
            + m.restrictionColumn().map(c -> ", " + c).orElse("")
            + " FROM "
            + m.table()
            + " WHERE "
            + m.subjectColumn()
            + " = ? ORDER BY "
            + m.keyColumn();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, subjectId);
      List<HeldItem> items = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          items.addAll(itemsOf(rows));
        }
      }
      return items;
    } catch (SQLException e) {
      throw failure("read holdings", e);
    }
  }

  private List<HeldItem> itemsOf(ResultSet rows) throws SQLException {
    String key = rows.getString(m.keyColumn());
    Map<String, Instant> events = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : m.eventByColumn().entrySet()) {
      Instant at = instant(rows, e.getKey());
      if (at != null) {
        events.put(e.getValue(), at);
      }
    }
    Optional<String> restricted =
        Optional.ofNullable(
            m.restrictionColumn().isPresent() ? rows.getString(m.restrictionColumn().get()) : null);
    Map<String, List<String>> valuesByCategory = new TreeMap<>();
    for (String column : m.categoryColumns()) {
      String value = rows.getString(column);
      if (value != null) {
        valuesByCategory
            .computeIfAbsent(m.categoryByColumn().get(column), k -> new ArrayList<>())
            .add(value);
      }
    }
    List<HeldItem> items = new ArrayList<>();
    valuesByCategory.forEach(
        (category, values) ->
            items.add(new HeldItem(key, category, String.join(" ", values), events, restricted)));
    return items;
  }

  @Override
  public void erase(String subjectId, List<ItemRef> items) {
    Map<String, List<String>> columnsByKey =
        items.stream()
            .collect(
                Collectors.groupingBy(
                    ItemRef::key,
                    LinkedHashMap::new,
                    Collectors.flatMapping(
                        i -> m.columnsOf(i.category()).stream(), Collectors.toList())));
    String allNull =
        m.categoryColumns().stream().map(c -> c + " IS NULL").collect(Collectors.joining(" AND "));
    String where = " WHERE " + m.keyColumn() + " = ? AND " + m.subjectColumn() + " = ?";
    requireDurable();
    try (Connection c = dataSource.getConnection()) {
      Jdbc.inTransaction(
          c,
          tx -> {
            JDBCType keyType = keyBinder(tx);
            for (Map.Entry<String, List<String>> e : columnsByKey.entrySet()) {
              if (!e.getValue().isEmpty()) {
                String set =
                    e.getValue().stream()
                        .distinct()
                        .map(col -> col + " = NULL")
                        .collect(Collectors.joining(", "));
                update(
                    tx,
                    "UPDATE " + m.table() + " SET " + set + where,
                    keyType,
                    e.getKey(),
                    subjectId);
              }
              update(
                  tx,
                  "DELETE FROM " + m.table() + where + " AND " + allNull,
                  keyType,
                  e.getKey(),
                  subjectId);
            }
          });
    } catch (SQLException | RuntimeException e) {
      throw failure("erase " + items.size() + " items", e);
    }
  }

  @Override
  public void restrict(String subjectId, ItemRef item, String purpose, Instant until) {
    if (m.restrictionColumn().isEmpty()) {
      return;
    }
    String sql =
        "UPDATE "
            + m.table()
            + " SET "
            + m.restrictionColumn().get()
            + " = ? WHERE "
            + m.keyColumn()
            + " = ? AND "
            + m.subjectColumn()
            + " = ?";
    requireDurable();
    try (Connection c = dataSource.getConnection()) {
      Jdbc.inTransaction(
          c,
          tx -> {
            try (PreparedStatement s = tx.prepareStatement(sql)) {
              s.setString(1, purpose);
              bindKey(s, 2, keyBinder(tx), item.key());
              s.setString(3, subjectId);
              s.executeUpdate();
            }
          });
    } catch (SQLException e) {
      throw failure("restrict " + item, e);
    }
  }

  /** Checked before the first write, so constructing the system needs no database. */
  private void requireDurable() {
    if (!durableChecked) {
      DurableCommits.require(dataSource);
      durableChecked = true;
    }
  }

  private void update(Connection c, String sql, JDBCType keyType, String key, String subjectId)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bindKey(s, 1, keyType, key);
      s.setString(2, subjectId);
      s.executeUpdate();
    }
  }

  /** The key column's JDBC type, so string keys read back bind as the column's own type. */
  private JDBCType keyBinder(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery("SELECT " + m.keyColumn() + " FROM " + m.table() + " WHERE 1 = 0")) {
      return JDBCType.valueOf(rows.getMetaData().getColumnType(1));
    }
  }

  private static void bindKey(PreparedStatement s, int index, JDBCType keyType, String key)
      throws SQLException {
    switch (keyType) {
      case INTEGER, SMALLINT, TINYINT, BIGINT -> s.setLong(index, Long.parseLong(key));
      case NUMERIC, DECIMAL -> s.setBigDecimal(index, new BigDecimal(key));
      case OTHER -> s.setObject(index, key, Types.OTHER); // e.g. PostgreSQL uuid: server casts
      default -> s.setString(index, key);
    }
  }

  private static Instant instant(ResultSet rows, String column) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    int index = rows.findColumn(column);
    String typeName = meta.getColumnTypeName(index).toLowerCase(Locale.ROOT);
    if (typeName.contains("time zone") || typeName.equals("timestamptz")) {
      OffsetDateTime v = rows.getObject(index, OffsetDateTime.class);
      return v == null ? null : v.toInstant();
    }
    if (meta.getColumnType(index) == Types.DATE) {
      LocalDate d = rows.getObject(index, LocalDate.class);
      return d == null ? null : d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    LocalDateTime t = rows.getObject(index, LocalDateTime.class);
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }

  private IllegalStateException failure(String what, Exception e) {
    return new IllegalStateException(
        "data system '"
            + name
            + "' (table "
            + m.table()
            + "): could not "
            + what
            + ": "
            + e.getMessage(),
        e);
  }
}
