package dev.proviso.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * Small JDBC helpers shared by the stores: instants as {@code TIMESTAMP WITH TIME ZONE} at
 * microsecond precision, and explicitly committed writes.
 */
public final class Jdbc {
  private Jdbc() {}

  /**
   * Binds an instant (or SQL NULL) as a UTC {@code TIMESTAMP WITH TIME ZONE}, truncated to whole
   * microseconds: PostgreSQL stores microseconds and would round the nanoseconds (so an event could
   * move past another one), H2 would keep them; truncating here makes both stores, and the
   * in-memory ledger, order events identically.
   */
  public static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(
          index, OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }
  }

  /** Binds parameters 1..n in order; instants (and nulls) as {@link #setInstant}. */
  public static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null || values[i] instanceof Instant) {
        setInstant(statement, i + 1, (Instant) values[i]);
      } else {
        statement.setObject(i + 1, values[i]);
      }
    }
  }

  /** Reads a {@code TIMESTAMP WITH TIME ZONE} column as an instant, or null. */
  public static Instant getInstant(ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Work on a connection inside a transaction. */
  @FunctionalInterface
  public interface Work {
    void run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: commits on success, rolls back on any failure, and
   * restores the connection's auto-commit mode either way (pooled connections stay clean).
   */
  public static void inTransaction(Connection c, Work work) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      work.run(c);
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /**
   * Runs one insert or update in its own explicitly committed transaction and returns the update
   * count. Committing explicitly makes the write durable whether the pool hands out connections
   * with auto-commit on or off (with it off and no commit, the pool's rollback on return would
   * silently drop the write).
   */
  public static int update(DataSource dataSource, int timeoutSeconds, String sql, Object... values)
      throws SQLException {
    int[] count = new int[1];
    try (Connection c = dataSource.getConnection()) {
      inTransaction(
          c,
          tx -> {
            try (PreparedStatement s = tx.prepareStatement(sql)) {
              s.setQueryTimeout(timeoutSeconds);
              bind(s, values);
              count[0] = s.executeUpdate();
            }
          });
    }
    return count[0];
  }

  /** True when the exception reports a primary-key or unique-constraint violation. */
  public static boolean isUniqueViolation(SQLException e) {
    // SQLState class 23 = integrity constraint violation; 23505 is unique violation on PG and H2.
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if ("23505".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
