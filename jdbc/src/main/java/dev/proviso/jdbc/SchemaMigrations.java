package dev.proviso.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * Creates and migrates Proviso's own tables (consent ledger, erasure journal). Versioned scripts
 * ({@code V<n>__<description>.sql}, resources next to this class) run once each, in order, each in
 * its own transaction, recorded in {@code proviso_schema_version}. Written in SQL that runs on both
 * H2 and PostgreSQL.
 *
 * <pre>{@code
 * int version = SchemaMigrations.migrate(dataSource); // idempotent; safe at every start
 * }</pre>
 *
 * <p>Two processes migrating at once: the second fails on the version table's primary key, rolls
 * back, and (on PostgreSQL, where DDL is transactional) a retry finds the schema current.
 */
public final class SchemaMigrations {
  /** The scripts, oldest first. Append only: a released script is never edited. */
  static final List<String> SCRIPTS =
      List.of(
          "V1__consent_ledger.sql",
          "V2__erasure_journal.sql",
          "V3__erasure_request_feed.sql",
          "V4__consent_kinds.sql");

  private SchemaMigrations() {}

  /** The schema version this library needs. */
  public static int latestVersion() {
    return SCRIPTS.size();
  }

  /**
   * Applies every script newer than the database's schema version; returns the version now in
   * force. Throws {@link IllegalStateException} naming the script when one fails.
   */
  public static synchronized int migrate(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      ensureVersionTable(c);
      int current = currentVersion(c);
      if (current > latestVersion()) {
        throw new IllegalStateException(
            "database schema is at version "
                + current
                + " but this Proviso knows only up to "
                + latestVersion()
                + "; upgrade Proviso before using this database");
      }
      for (int v = current + 1; v <= latestVersion(); v++) {
        apply(c, v, SCRIPTS.get(v - 1));
      }
      return latestVersion();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot migrate the Proviso schema: " + e.getMessage(), e);
    }
  }

  private static void ensureVersionTable(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS proviso_schema_version ("
              + "version INTEGER PRIMARY KEY, script VARCHAR(255) NOT NULL, "
              + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
    }
  }

  private static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT MAX(version) FROM proviso_schema_version")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static void apply(Connection c, int version, String script) throws SQLException {
    try {
      Jdbc.inTransaction(
          c,
          tx -> {
            try (Statement s = tx.createStatement()) {
              for (String sql : statements(read(script))) {
                s.execute(sql);
              }
            }
            try (PreparedStatement insert =
                tx.prepareStatement(
                    "INSERT INTO proviso_schema_version (version, script, applied_at)"
                        + " VALUES (?, ?, ?)")) {
              insert.setInt(1, version);
              insert.setString(2, script);
              Jdbc.setInstant(insert, 3, Instant.now());
              insert.executeUpdate();
            }
          });
    } catch (SQLException e) {
      throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
    }
  }

  /** Splits a script on semicolons that end a line, dropping {@code --} comment lines. */
  static List<String> statements(String script) {
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        withoutComments.append(line).append('\n');
      }
    }
    List<String> result = new ArrayList<>();
    Arrays.stream(withoutComments.toString().split(";\\s*\n"))
        .map(String::strip)
        .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
        .filter(s -> !s.isEmpty())
        .forEach(result::add);
    return result;
  }

  private static String read(String script) {
    try (InputStream in = SchemaMigrations.class.getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalStateException("migration script missing from the jar: " + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
