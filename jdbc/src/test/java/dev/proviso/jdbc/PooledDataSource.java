package dev.proviso.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal connection pool for tests, as production code would have (HikariCP or the app
 * server's): PostgreSQL forks a process per connection, so unpooled concurrency tests would spend
 * their time connecting. A returned connection is rolled back if a transaction was left open, as
 * real pools do; with {@code autoCommit} false every connection is handed out with auto-commit off
 * (a common pool setting), so a store that does not commit explicitly loses its writes.
 */
final class PooledDataSource implements DataSource {
  private final DataSource target;
  private final BlockingQueue<Connection> idle;
  private final boolean autoCommit;

  PooledDataSource(DataSource target, int size, boolean autoCommit) {
    this.target = target;
    this.idle = new ArrayBlockingQueue<>(size);
    this.autoCommit = autoCommit;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical = idle.poll();
    if (physical == null || physical.isClosed()) {
      physical = target.getConnection();
    }
    physical.setAutoCommit(autoCommit);
    Connection real = physical;
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                if (real.isClosed()) {
                  return null; // e.g. the database was shut down: nothing to pool
                }
                if (!real.getAutoCommit()) {
                  real.rollback();
                }
                if (!idle.offer(real)) {
                  real.close();
                }
                return null;
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("test pool uses the target's credentials");
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
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
