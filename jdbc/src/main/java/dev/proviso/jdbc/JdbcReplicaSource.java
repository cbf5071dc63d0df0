package dev.proviso.jdbc;

import dev.proviso.replica.ReplicaRecord;
import dev.proviso.replica.ReplicaSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The JDBC ledger and journal on one database as a {@link ReplicaSource}: a miss reads a subject's
 * consent events and erasure requests in one {@code UNION ALL} query, and the feeds are the consent
 * events' {@code id} and the erasure requests' {@code seq} (identity columns), polled by position.
 * Polling was chosen over PostgreSQL {@code LISTEN/NOTIFY}: it works the same on H2 and PostgreSQL,
 * needs no connection held open, and a missed notification cannot lose a change, since the position
 * says what has been seen.
 *
 * <pre>{@code
 * ConsentReplica replica = ConsentReplica.over(JdbcReplicaSource.create(dataSource)).build();
 * }</pre>
 */
public final class JdbcReplicaSource implements ReplicaSource {
  private static final String CONSENT_COLUMNS =
      "id AS position, subject_id, kind, name, event_at, source, expires_at, policy_version,"
          + " recorded_at, topic, given_by";
  private static final String ERASURE_COLUMNS =
      "seq AS position, subject_id, accepted_at AS event_at";
  private static final int MAX_IN = 500;

  private final DataSource dataSource;
  private final int timeoutSeconds;
  private final JdbcConsentLedger ledger;
  private final JdbcErasureJournal journal;

  private JdbcReplicaSource(
      DataSource dataSource,
      Duration timeout,
      JdbcConsentLedger ledger,
      JdbcErasureJournal journal) {
    this.dataSource = new TimedDataSource(dataSource, timeout); // acquisition and network bounded
    this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
    this.ledger = ledger;
    this.journal = journal;
  }

  /** The ledger and journal on {@code dataSource}, with 2-second timeouts; migrates the schema. */
  public static JdbcReplicaSource create(DataSource dataSource) {
    return create(dataSource, Duration.ofSeconds(2));
  }

  /**
   * As {@link #create(DataSource)}, every query (and connection acquisition) giving up after {@code
   * timeout}. Refuses a database whose commits are not durable, as the stores do.
   */
  public static JdbcReplicaSource create(DataSource dataSource, Duration timeout) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new JdbcReplicaSource(
        dataSource,
        timeout,
        JdbcConsentLedger.create(dataSource, timeout),
        JdbcErasureJournal.create(dataSource, timeout));
  }

  @Override
  public JdbcConsentLedger ledger() {
    return ledger;
  }

  @Override
  public JdbcErasureJournal journal() {
    return journal;
  }

  @Override
  public List<ReplicaRecord> load(String subjectId) {
    String sql =
        "SELECT 'C' AS feed, "
            + CONSENT_COLUMNS
            + " FROM proviso_consent_event WHERE subject_id = ?"
            + " UNION ALL SELECT 'E', seq, subject_id, CAST(NULL AS VARCHAR(20)),"
            + " CAST(NULL AS VARCHAR(255)), accepted_at, CAST(NULL AS VARCHAR(255)),"
            + " CAST(NULL AS TIMESTAMP WITH TIME ZONE), CAST(NULL AS VARCHAR(255)),"
            + " CAST(NULL AS TIMESTAMP WITH TIME ZONE), CAST(NULL AS VARCHAR(20)),"
            + " CAST(NULL AS VARCHAR(255))"
            + " FROM proviso_erasure_request WHERE subject_id = ?";
    return query("load a subject's consent and erasure state", sql, null, subjectId, subjectId);
  }

  @Override
  public long head(ReplicaRecord.Feed feed) {
    String sql =
        feed == ReplicaRecord.Feed.CONSENT
            ? "SELECT MAX(id) FROM proviso_consent_event"
            : "SELECT MAX(seq) FROM proviso_erasure_request";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setQueryTimeout(timeoutSeconds);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1); // 0 for SQL NULL: an empty feed
      }
    } catch (SQLException e) {
      throw JdbcConsentLedger.failure("read the head of the " + feed + " feed", e);
    }
  }

  @Override
  public List<ReplicaRecord> after(ReplicaRecord.Feed feed, long position, int limit) {
    String sql =
        feed == ReplicaRecord.Feed.CONSENT
            ? "SELECT " + CONSENT_COLUMNS + " FROM proviso_consent_event WHERE id > ? ORDER BY id"
            : "SELECT "
                + ERASURE_COLUMNS
                + " FROM proviso_erasure_request WHERE seq > ? ORDER BY seq";
    return query("follow the " + feed + " feed", sql + " LIMIT ?", feed, position, limit);
  }

  @Override
  public List<ReplicaRecord> among(ReplicaRecord.Feed feed, long[] positions) {
    List<ReplicaRecord> found = new ArrayList<>();
    for (int from = 0; from < positions.length; from += MAX_IN) {
      int n = Math.min(MAX_IN, positions.length - from);
      Object[] params = new Object[n];
      for (int i = 0; i < n; i++) {
        params[i] = positions[from + i];
      }
      String marks = "?" + ",?".repeat(n - 1);
      String sql =
          feed == ReplicaRecord.Feed.CONSENT
              ? "SELECT " + CONSENT_COLUMNS + " FROM proviso_consent_event WHERE id IN (" + marks
              : "SELECT "
                  + ERASURE_COLUMNS
                  + " FROM proviso_erasure_request WHERE seq IN ("
                  + marks;
      found.addAll(query("re-check the " + feed + " feed", sql + ")", feed, params));
    }
    return found;
  }

  /** Rows of one feed ({@code feed} given) or of both ({@code feed} null: a 'feed' column says). */
  private List<ReplicaRecord> query(
      String what, String sql, ReplicaRecord.Feed feed, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setQueryTimeout(timeoutSeconds);
      Jdbc.bind(s, params);
      List<ReplicaRecord> records = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          boolean consent =
              feed == null
                  ? "C".equals(rows.getString("feed"))
                  : feed == ReplicaRecord.Feed.CONSENT;
          long position = rows.getLong("position");
          records.add(
              consent
                  ? new ReplicaRecord.Consent(position, JdbcConsentLedger.read(rows))
                  : new ReplicaRecord.Erasure(
                      position, rows.getString("subject_id"), Jdbc.getInstant(rows, "event_at")));
        }
      }
      return records;
    } catch (SQLException e) {
      throw JdbcConsentLedger.failure(what, e);
    }
  }

  @Override
  public String toString() {
    return "JdbcReplicaSource";
  }
}
