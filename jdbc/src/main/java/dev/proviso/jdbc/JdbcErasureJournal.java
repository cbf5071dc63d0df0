package dev.proviso.jdbc;

import dev.proviso.erasure.ErasureJournal;
import dev.proviso.erasure.ErasureRequest;
import dev.proviso.erasure.JournalConflictException;
import dev.proviso.erasure.JournalEntry;
import dev.proviso.erasure.JournalRules;
import dev.proviso.erasure.StepType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * An {@link ErasureJournal} in a relational database (tested on PostgreSQL and H2). Each append is
 * one explicitly committed insert (auto-commit on or off); the primary key (request, entry number)
 * turns a racing second coordinator into a {@link JournalConflictException}. Queries time out; a
 * failure throws, so {@link #erasureRequested} fails closed in the engine.
 *
 * <pre>{@code
 * ErasureJournal journal = JdbcErasureJournal.create(dataSource); // creates/migrates the schema
 * }</pre>
 */
public final class JdbcErasureJournal implements ErasureJournal {
  private final DataSource dataSource;
  private final int timeoutSeconds;

  private JdbcErasureJournal(DataSource dataSource, Duration queryTimeout) {
    // acquisition and network reads are bounded too, not just the query
    this.dataSource =
        new TimedDataSource(Objects.requireNonNull(dataSource, "dataSource"), queryTimeout);
    this.timeoutSeconds = (int) Math.max(1, queryTimeout.toSeconds());
  }

  /** A journal with a 2-second query timeout; migrates the schema first. */
  public static JdbcErasureJournal create(DataSource dataSource) {
    return create(dataSource, Duration.ofSeconds(2));
  }

  /**
   * A journal whose queries give up after {@code queryTimeout}. Migrates the schema, and refuses
   * ({@link IllegalStateException}) a database whose commits are not durable.
   */
  public static JdbcErasureJournal create(DataSource dataSource, Duration queryTimeout) {
    DurableCommits.require(dataSource);
    SchemaMigrations.migrate(dataSource);
    return new JdbcErasureJournal(dataSource, queryTimeout);
  }

  @Override
  public ErasureRequest accept(ErasureRequest request) {
    try {
      update(
          "INSERT INTO proviso_erasure_request (request_id, subject_id, accepted_at)"
              + " VALUES (?, ?, ?)",
          request.requestId(),
          request.subjectId(),
          request.acceptedAt());
      return request;
    } catch (SQLException e) {
      if (Jdbc.isUniqueViolation(e)) {
        return JournalRules.sameSubject(request(request.requestId()).orElseThrow(), request);
      }
      throw failure("record erasure request " + request.requestId(), e);
    }
  }

  @Override
  public Optional<ErasureRequest> request(String requestId) {
    return requests("WHERE request_id = ?", requestId).stream().findFirst();
  }

  @Override
  public List<ErasureRequest> requests() {
    return requests("");
  }

  @Override
  public List<ErasureRequest> requestsOf(String subjectId) {
    return requests("WHERE subject_id = ?", subjectId);
  }

  @Override
  public boolean erasureRequested(String subjectId, Instant at) {
    return JournalRules.anyAcceptedBy(requestsOf(subjectId), subjectId, at);
  }

  @Override
  public List<JournalEntry> entries(String requestId) {
    String sql =
        "SELECT seq, system_name, step, items, detail, recorded_at FROM proviso_erasure_step"
            + " WHERE request_id = ? ORDER BY seq";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setQueryTimeout(timeoutSeconds);
      s.setString(1, requestId);
      List<JournalEntry> entries = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          entries.add(
              new JournalEntry(
                  requestId,
                  rows.getInt("seq"),
                  rows.getString("system_name"),
                  StepType.valueOf(rows.getString("step")),
                  PlannedItemsCodec.decode(rows.getString("items")),
                  rows.getString("detail"),
                  Jdbc.getInstant(rows, "recorded_at")));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw failure("read the journal of erasure request " + requestId, e);
    }
  }

  @Override
  public void append(JournalEntry e) {
    try {
      update(
          "INSERT INTO proviso_erasure_step"
              + " (request_id, seq, system_name, step, items, detail, recorded_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)",
          e.requestId(),
          e.seq(),
          e.system(),
          e.step().name(),
          PlannedItemsCodec.encode(e.items()),
          e.detail(),
          e.at());
    } catch (SQLException ex) {
      if (Jdbc.isUniqueViolation(ex)) {
        throw new JournalConflictException(e.requestId(), e.seq());
      }
      throw failure("journal " + e.step() + " of erasure request " + e.requestId(), ex);
    }
  }

  /**
   * Locks the request's row ({@code SELECT ... FOR UPDATE NOWAIT}) in a transaction kept open on a
   * connection of its own until the claim is closed. The database releases the lock when the
   * holder's connection drops, so a killed coordinator never blocks the request.
   */
  @Override
  public Optional<Claim> tryClaim(String requestId) {
    Connection c = null;
    try {
      c = dataSource.getConnection();
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT request_id FROM proviso_erasure_request WHERE request_id = ?"
                  + " FOR UPDATE NOWAIT")) {
        s.setQueryTimeout(timeoutSeconds);
        s.setString(1, requestId);
        try (ResultSet rows = s.executeQuery()) {
          if (!rows.next()) {
            throw new IllegalArgumentException("no erasure request with id '" + requestId + "'");
          }
        }
      }
      Connection held = c;
      return Optional.of(() -> release(held));
    } catch (SQLException e) {
      release(c);
      if (isLockNotAvailable(e)) {
        return Optional.empty();
      }
      throw failure("claim erasure request " + requestId, e);
    } catch (RuntimeException e) {
      release(c);
      throw e;
    }
  }

  /** PostgreSQL's lock_not_available, H2's lock timeout (NOWAIT) or concurrent update. */
  private static boolean isLockNotAvailable(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      String state = s.getSQLState();
      if ("55P03".equals(state) || "HYT00".equals(state) || "40001".equals(state)) {
        return true;
      }
    }
    return false;
  }

  /** Ends the claim's transaction (nothing was written in it) and returns the connection. */
  private static void release(Connection c) {
    if (c == null) {
      return;
    }
    try (c) {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException e) {
      // The connection is gone, and with it the lock: nothing is left to release.
    }
  }

  private List<ErasureRequest> requests(String where, Object... params) {
    String sql =
        "SELECT request_id, subject_id, accepted_at FROM proviso_erasure_request "
            + where
            + " ORDER BY accepted_at, request_id";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setQueryTimeout(timeoutSeconds);
      Jdbc.bind(s, params);
      List<ErasureRequest> result = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          result.add(
              new ErasureRequest(
                  rows.getString("request_id"),
                  rows.getString("subject_id"),
                  Jdbc.getInstant(rows, "accepted_at")));
        }
      }
      return result;
    } catch (SQLException e) {
      throw failure("read erasure requests", e);
    }
  }

  private void update(String sql, Object... values) throws SQLException {
    Jdbc.update(dataSource, timeoutSeconds, sql, values);
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException(
        "erasure journal unavailable: could not "
            + what
            + " (SQL state "
            + e.getSQLState() // not the driver's text: it may quote the subject id or a value
            + ")",
        e);
  }
}
