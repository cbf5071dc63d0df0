package dev.proviso.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Real databases for store tests: one embedded PostgreSQL per JVM (it takes seconds to start), with
 * a fresh database per caller, and fresh in-memory H2 databases.
 */
public final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  /** A fresh, empty, pooled H2 in-memory database, alive until the JVM exits. */
  public static DataSource freshH2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:proviso" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return new PooledDataSource(ds, 10);
  }

  /** A fresh, empty, pooled database on the shared embedded PostgreSQL. */
  public static synchronized DataSource freshPostgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL failed to start", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
    }
    String name = "proviso" + COUNTER.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new PooledDataSource(postgres.getDatabase("postgres", name), 10);
  }

  private static void close(EmbeddedPostgres pg) {
    try {
      pg.close();
    } catch (IOException e) {
      // the JVM is exiting; nothing useful to do
    }
  }
}
