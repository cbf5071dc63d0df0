package dev.proviso.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.consent.ConsentStoreException;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The JDBC stores bound connection acquisition and network reads, not just the query. */
class JdbcTimeoutsTest {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  /** A data source that can be made to stall in getConnection, as an exhausted pool does. */
  private static final class Stalling implements DataSource {
    final DataSource target = TestDatabases.freshH2();
    final AtomicBoolean stall = new AtomicBoolean();
    final AtomicInteger networkTimeouts = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public Connection getConnection() throws SQLException {
      if (stall.get()) {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      Connection real = target.getConnection();
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (method.getName().equals("setNetworkTimeout")) {
                  networkTimeouts.incrementAndGet();
                  return null;
                }
                try {
                  return method.invoke(real, args);
                } catch (java.lang.reflect.InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  @Test
  void consent_poolStallsOnAcquisition_failsWithinTheTimeout() {
    Stalling source = new Stalling();
    JdbcConsentLedger ledger = JdbcConsentLedger.create(source, Duration.ofSeconds(1));
    source.stall.set(true);
    try {
      long start = System.nanoTime();
      assertThatThrownBy(() -> ledger.consent("s-1", "marketing", NOW))
          .isInstanceOf(ConsentStoreException.class)
          // the message names no driver text (it may carry personal data); the cause says why
          .hasStackTraceContaining("no database connection within 1000 ms");
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(millis).isBetween(900L, 1_900L);
    } finally {
      source.release.countDown();
    }
  }

  @Test
  void erasureRequested_eachConnection_getsTheNetworkTimeout() {
    Stalling source = new Stalling();
    JdbcErasureJournal journal = JdbcErasureJournal.create(source, Duration.ofSeconds(2));

    journal.erasureRequested("s-1", NOW);

    assertThat(source.networkTimeouts.get()).isGreaterThanOrEqualTo(1);
  }
}
