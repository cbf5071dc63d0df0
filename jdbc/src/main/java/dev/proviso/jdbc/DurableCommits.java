package dev.proviso.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Refuses a database whose commits are acknowledged before they are on disk: a store on it would
 * tell the caller an event is recorded and lose it in a crash (an H2 file database with its default
 * {@code WRITE_DELAY} of 500 ms lost 29,110 of 48,776 acknowledged consent events to one {@code
 * kill -9}). Checked: H2 ({@code WRITE_DELAY} must be 0; in-memory databases, which keep nothing
 * anyway, are accepted) and PostgreSQL ({@code fsync} and {@code synchronous_commit} must be on).
 * Other databases are not checked.
 */
final class DurableCommits {
  private DurableCommits() {}

  /** Throws {@link IllegalStateException}, naming the setting and the fix, unless durable. */
  static void require(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.equals("h2")) {
        requireH2(c, meta.getURL());
      } else if (product.equals("postgresql")) {
        requirePostgres(c);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot check that the database's commits are durable: " + e.getMessage(), e);
    }
  }

  private static void requireH2(Connection c, String url) throws SQLException {
    if (url.startsWith("jdbc:h2:mem:")) {
      return;
    }
    String delay =
        single(
            c,
            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'WRITE_DELAY'");
    if (!"0".equals(delay)) {
      throw notDurable(
          "H2's WRITE_DELAY is " + delay + " ms, so commits reach the disk up to that much later",
          "add ;WRITE_DELAY=0 to the JDBC URL (or run SET WRITE_DELAY 0)");
    }
  }

  private static void requirePostgres(Connection c) throws SQLException {
    for (String setting : new String[] {"fsync", "synchronous_commit"}) {
      String value = single(c, "SHOW " + setting);
      if ("off".equalsIgnoreCase(value)) {
        throw notDurable(
            "PostgreSQL's " + setting + " is off, so a commit can be lost in a crash",
            "set " + setting + " = on (server, role or database setting)");
      }
    }
  }

  private static String single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  private static IllegalStateException notDurable(String why, String fix) {
    return new IllegalStateException(
        "Proviso's stores need durable commits: "
            + why
            + " and acknowledged consent and erasure steps would be lost. Fix: "
            + fix
            + ".");
  }
}
