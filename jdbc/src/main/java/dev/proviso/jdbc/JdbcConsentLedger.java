package dev.proviso.jdbc;

import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.ConsentHistory;
import dev.proviso.consent.ConsentLedger;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentStoreException;
import dev.proviso.consent.ConsentTopic;
import dev.proviso.model.ConsentDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link ConsentLedger} in a relational database (tested on PostgreSQL and H2). Each append is
 * one insert in its own explicitly committed transaction (so it works with auto-commit on or off),
 * and concurrent writers never lose an event; instants are kept to the microsecond; every query has
 * a timeout, and a failure or timeout throws {@link ConsentStoreException}, which the engine turns
 * into a closed, explained deny.
 *
 * <pre>{@code
 * ConsentLedger ledger = JdbcConsentLedger.create(dataSource); // creates/migrates the schema
 * }</pre>
 */
public final class JdbcConsentLedger implements ConsentLedger {
  private static final String COLUMNS =
      "subject_id, kind, name, event_at, source, expires_at, policy_version, recorded_at, topic,"
          + " given_by";

  /** The kinds of consent events (not opt-outs), for the queries. */
  private static final String CONSENT_KINDS = "'GIVEN', 'WITHDRAWN', 'REFUSED', 'OBJECTED'";

  private final DataSource dataSource;
  private final int timeoutSeconds;
  private final Clock clock;

  private JdbcConsentLedger(DataSource dataSource, Duration queryTimeout, Clock clock) {
    // acquisition and network reads are bounded too, not just the query
    this.dataSource =
        new TimedDataSource(Objects.requireNonNull(dataSource, "dataSource"), queryTimeout);
    this.timeoutSeconds = (int) Math.max(1, queryTimeout.toSeconds());
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A ledger with a 2-second query timeout; migrates the schema first. */
  public static JdbcConsentLedger create(DataSource dataSource) {
    return create(dataSource, Duration.ofSeconds(2));
  }

  /**
   * A ledger whose queries give up after {@code queryTimeout} (whole seconds, at least one).
   * Migrates the schema, and refuses ({@link IllegalStateException}) a database whose commits are
   * not durable, such as an H2 file database without {@code WRITE_DELAY=0}.
   */
  public static JdbcConsentLedger create(DataSource dataSource, Duration queryTimeout) {
    return create(dataSource, queryTimeout, Clock.systemUTC());
  }

  /**
   * As {@link #create(DataSource, Duration)}, stamping each event's {@code recordedAt} from {@code
   * clock}.
   */
  public static JdbcConsentLedger create(
      DataSource dataSource, Duration queryTimeout, Clock clock) {
    DurableCommits.require(dataSource);
    SchemaMigrations.migrate(dataSource);
    return new JdbcConsentLedger(dataSource, queryTimeout, clock);
  }

  @Override
  public void append(ConsentEvent e) {
    String sql = "INSERT INTO proviso_consent_event (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)";
    try {
      Jdbc.update(
          dataSource,
          timeoutSeconds,
          sql,
          e.subjectId(),
          e.kind().name(),
          e.name(),
          e.at(),
          e.source(),
          e.expires().orElse(null),
          e.policyVersion(),
          clock.instant(),
          e.topic().name(),
          e.givenBy().orElse(null));
    } catch (SQLException ex) {
      throw failure("record a " + e.kind() + " event", ex); // never the subject id: it reaches logs
    }
  }

  @Override
  public List<ConsentEvent> history(String subjectId) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM proviso_consent_event WHERE subject_id = ? ORDER BY event_at, id";
    return query("read a subject's consent history", sql, subjectId);
  }

  @Override
  public ConsentState consent(String subjectId, String purpose, Instant at) {
    return ConsentHistory.consentState(deciding(subjectId, purpose, false, at), at);
  }

  @Override
  public boolean optedOut(String subjectId, String name, Instant at) {
    return ConsentHistory.optedOut(deciding(subjectId, name, true, at));
  }

  /**
   * The deciding event of a declared consent: as for a purpose, among the events about it that
   * count ({@link ConsentHistory#counts}: for a consent given by a role, only GIVEN events recorded
   * with that role).
   */
  @Override
  public ConsentEvent decidingConsent(String subjectId, ConsentDefinition consent, Instant at) {
    List<Object> params = new ArrayList<>(List.of(subjectId, consent.name()));
    consent.givenBy().ifPresent(params::add);
    List<ConsentEvent> latest =
        latest(
            "read consent '" + consent.name() + "' of a subject",
            "subject_id = ? AND name = ? AND topic = 'CONSENT_KIND' AND kind IN ("
                + CONSENT_KINDS
                + ")"
                + (consent.givenBy().isPresent() ? " AND (kind <> 'GIVEN' OR given_by = ?)" : ""),
            params,
            at);
    return ConsentHistory.deciding(latest, consent, at);
  }

  /**
   * Reads only the events at the latest event time ≤ at; the shared derivation picks among them.
   * Rows from before consent kinds have no topic: theirs is the one their kind implies.
   */
  private ConsentEvent deciding(String subjectId, String name, boolean optOut, Instant at) {
    String kinds = optOut ? "'OPTED_OUT', 'OPTED_BACK_IN'" : CONSENT_KINDS;
    String topic = optOut ? "'OPT_OUT'" : "'PURPOSE'";
    List<ConsentEvent> latest =
        latest(
            "read '" + name + "' of a subject",
            "subject_id = ? AND name = ? AND kind IN ("
                + kinds
                + ") AND (topic = "
                + topic
                + " OR topic IS NULL)",
            List.of(subjectId, name),
            at);
    return ConsentHistory.deciding(latest, at);
  }

  /** The events matching {@code filter} (with its parameters) at their latest event time ≤ at. */
  private List<ConsentEvent> latest(String what, String filter, List<Object> params, Instant at) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM proviso_consent_event WHERE "
            + filter
            + " AND event_at = (SELECT MAX(event_at) FROM proviso_consent_event WHERE "
            + filter
            + " AND event_at <= ?)";
    List<Object> all = new ArrayList<>(params);
    all.addAll(params);
    all.add(at);
    return query(what, sql, all.toArray());
  }

  private List<ConsentEvent> query(String what, String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setQueryTimeout(timeoutSeconds);
      Jdbc.bind(s, params);
      List<ConsentEvent> events = new ArrayList<>();
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          events.add(read(rows));
        }
      }
      return events;
    } catch (SQLException ex) {
      throw failure(what, ex);
    }
  }

  /** One row of the columns {@code COLUMNS} as an event (also read by the replica source). */
  static ConsentEvent read(ResultSet rows) throws SQLException {
    ConsentEventKind kind = ConsentEventKind.valueOf(rows.getString("kind"));
    String topic = rows.getString("topic"); // null in rows from before consent kinds
    return new ConsentEvent(
        rows.getString("subject_id"),
        kind,
        rows.getString("name"),
        Jdbc.getInstant(rows, "event_at"),
        rows.getString("source"),
        Optional.ofNullable(Jdbc.getInstant(rows, "expires_at")),
        rows.getString("policy_version"),
        Jdbc.getInstant(rows, "recorded_at"),
        topic == null
            ? (kind.isOptOut() ? ConsentTopic.OPT_OUT : ConsentTopic.PURPOSE)
            : ConsentTopic.valueOf(topic),
        Optional.ofNullable(rows.getString("given_by")));
  }

  /** The store's failure, naming what could not be done and the SQL state, never driver text. */
  static ConsentStoreException failure(String what, SQLException e) {
    return new ConsentStoreException(
        "consent store unavailable: could not "
            + what
            + " (SQL state "
            + e.getSQLState() // not the driver's text: it may quote the subject id or a value
            + "); decisions that need consent deny until it answers again",
        e);
  }
}
