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
import org.postgresql.ds.PGSimpleDataSource;

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
    return freshH2(true);
  }

  /** As {@link #freshH2()}, its pool handing out connections with the given auto-commit mode. */
  public static DataSource freshH2(boolean autoCommit) {
    return pooled(
        h2("jdbc:h2:mem:proviso" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1"), autoCommit);
  }

  /** An unpooled H2 data source for a URL (file databases, crash tests). */
  public static DataSource h2(String url) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    return ds;
  }

  /** A small pool over {@code target} with the given auto-commit mode. */
  public static DataSource pooled(DataSource target, boolean autoCommit) {
    return new PooledDataSource(target, 10, autoCommit);
  }

  /** A fresh, empty, pooled database on the shared embedded PostgreSQL. */
  public static DataSource freshPostgres() {
    return freshPostgres(true);
  }

  /** As {@link #freshPostgres()}, its pool handing out connections with this auto-commit mode. */
  public static DataSource freshPostgres(boolean autoCommit) {
    return pooled(postgres(freshPostgresUrl()), autoCommit);
  }

  /** An unpooled PostgreSQL data source for a URL (crash tests' child processes). */
  public static DataSource postgres(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    return ds;
  }

  /**
   * The JDBC URL (user postgres) of a fresh, empty schema on the shared embedded PostgreSQL: every
   * unqualified table lives in it.
   */
  public static synchronized String freshPostgresUrl() {
    if (postgres == null) {
      try {
        // The library defaults to fsync and synchronous_commit off, which the stores rightly
        // refuse.
        postgres =
            EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setRegisterShutdownHook(false) // ours below: one closer, not two racing
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL failed to start", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
    }
    // A schema per caller, not a database: a database is ~300 files, and deleting the data
    // directory of a cluster with a hundred of them at exit (the shutdown hook below) took longer
    // than surefire's 30 s exit timeout, so the fork was killed after every run.
    String name = "proviso" + COUNTER.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + name;
  }

  private static void close(EmbeddedPostgres pg) {
    try {
      pg.close();
    } catch (IOException e) {
      // the JVM is exiting; nothing useful to do
    }
  }
}
