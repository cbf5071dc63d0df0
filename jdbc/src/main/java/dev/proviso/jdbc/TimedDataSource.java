package dev.proviso.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Bounds the two waits a query timeout does not cover: getting a connection (a pool that is
 * exhausted, a database that does not accept) and the network (a peer that drops packets, where a
 * driver can block in a socket read long after its query timeout). Acquisition runs on a daemon
 * thread and is abandoned after the timeout (a connection that arrives late is closed); each
 * connection gets {@link Connection#setNetworkTimeout} of the same length, where the driver
 * supports it.
 */
final class TimedDataSource implements DataSource {
  private static final ExecutorService ACQUIRE =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "proviso-jdbc-acquire");
            thread.setDaemon(true);
            return thread;
          });

  /** Runs the driver's abort and network-timeout work; the driver asks for one such executor. */
  private static final Executor NETWORK = ACQUIRE;

  private final DataSource target;
  private final long timeoutMillis;

  TimedDataSource(DataSource target, Duration timeout) {
    this.target = target;
    this.timeoutMillis = Math.max(1, timeout.toMillis());
  }

  @Override
  public Connection getConnection() throws SQLException {
    return timed(() -> target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return timed(() -> target.getConnection(username, password));
  }

  private interface Acquisition {
    Connection get() throws SQLException;
  }

  private Connection timed(Acquisition acquisition) throws SQLException {
    CompletableFuture<Connection> pending =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return acquisition.get();
              } catch (SQLException e) {
                throw new CompletionException(e);
              }
            },
            ACQUIRE);
    Connection connection;
    try {
      connection = pending.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      abandon(pending);
      throw new SQLTimeoutException(
          "no database connection within "
              + timeoutMillis
              + " ms (pool exhausted or database down)");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof SQLException sql
          ? sql
          : new SQLException("getting a database connection failed", e.getCause());
    } catch (InterruptedException e) {
      abandon(pending);
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while getting a database connection", e);
    }
    try {
      connection.setNetworkTimeout(NETWORK, (int) Math.min(Integer.MAX_VALUE, timeoutMillis));
    } catch (SQLFeatureNotSupportedException | AbstractMethodError unsupported) {
      // the driver cannot bound its socket reads; the query timeout still applies
    }
    return connection;
  }

  /** A connection that arrives after we gave up goes straight back (to the pool). */
  private static void abandon(CompletableFuture<Connection> pending) {
    pending.thenAccept(
        late -> {
          try {
            late.close();
          } catch (SQLException ignored) {
            // the pool or driver discards it
          }
        });
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(target) ? type.cast(target) : target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(target) || target.isWrapperFor(type);
  }
}
