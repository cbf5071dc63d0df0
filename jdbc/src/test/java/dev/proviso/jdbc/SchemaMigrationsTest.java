package dev.proviso.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentTopic;
import dev.proviso.model.ConsentDefinition;
import dev.proviso.model.SourceLocation;
import dev.proviso.replica.ReplicaRecord;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

  @Test
  void migrate_emptyPostgres_appliesEveryScriptOnceAndRecordsVersions() throws SQLException {
    DataSource db = TestDatabases.freshPostgres();

    assertThat(SchemaMigrations.migrate(db)).isEqualTo(SchemaMigrations.latestVersion());
    assertThat(SchemaMigrations.migrate(db)).isEqualTo(SchemaMigrations.latestVersion());

    assertThat(count(db, "SELECT COUNT(*) FROM proviso_schema_version"))
        .isEqualTo(SchemaMigrations.latestVersion());
    assertThat(count(db, "SELECT COUNT(*) FROM proviso_consent_event")).isZero();
  }

  @Test
  void migrate_databaseAtVersionOne_appliesOnlyTheNewerScripts() throws SQLException {
    DataSource db = TestDatabases.freshH2();
    SchemaMigrations.migrate(db);
    exec(db, "DROP TABLE proviso_erasure_step");
    exec(db, "DROP TABLE proviso_erasure_request");
    exec(db, "ALTER TABLE proviso_consent_event DROP COLUMN given_by");
    exec(db, "ALTER TABLE proviso_consent_event DROP COLUMN topic");
    exec(db, "DELETE FROM proviso_schema_version WHERE version > 1");

    SchemaMigrations.migrate(db);

    assertThat(count(db, "SELECT COUNT(*) FROM proviso_erasure_step")).isZero();
    assertThat(count(db, "SELECT MAX(version) FROM proviso_schema_version"))
        .isEqualTo(SchemaMigrations.latestVersion());
  }

  @Test
  void migrate_erasureRequestsAcceptedBeforeVersionThree_getFeedPositions() throws SQLException {
    for (DataSource db :
        new DataSource[] {TestDatabases.freshH2(), TestDatabases.freshPostgres()}) {
      SchemaMigrations.migrate(db);
      exec(db, "DROP INDEX proviso_erasure_request_seq");
      exec(db, "ALTER TABLE proviso_erasure_request DROP COLUMN seq");
      exec(db, "DELETE FROM proviso_schema_version WHERE version >= 3");
      exec(
          db,
          "INSERT INTO proviso_erasure_request VALUES ('r-1', 'cust-1', CURRENT_TIMESTAMP),"
              + " ('r-2', 'cust-2', CURRENT_TIMESTAMP)");

      SchemaMigrations.migrate(db);

      assertThat(count(db, "SELECT COUNT(DISTINCT seq) FROM proviso_erasure_request")).isEqualTo(2);
      assertThat(JdbcReplicaSource.create(db).after(ReplicaRecord.Feed.ERASURE, 0, 10))
          .extracting(ReplicaRecord::subjectId)
          .containsExactlyInAnyOrder("cust-1", "cust-2");
    }
  }

  @Test
  void migrate_rowsWrittenBeforeConsentKinds_stayReadableAndDecideAsBefore() throws SQLException {
    for (DataSource db : List.of(TestDatabases.freshH2(), TestDatabases.freshPostgres())) {
      SchemaMigrations.migrate(db);
      exec(db, "ALTER TABLE proviso_consent_event DROP COLUMN given_by");
      exec(db, "ALTER TABLE proviso_consent_event DROP COLUMN topic");
      exec(db, "DELETE FROM proviso_schema_version WHERE version = 4");
      exec( // a grant and an opt-out as version 2 wrote them
          db,
          "INSERT INTO proviso_consent_event (subject_id, kind, name, event_at, source,"
              + " policy_version, recorded_at) VALUES"
              + " ('cust-1', 'GIVEN', 'marketing.email', TIMESTAMP WITH TIME ZONE"
              + " '2026-01-01 00:00:00+00', 'web-form', 'v2', TIMESTAMP WITH TIME ZONE"
              + " '2026-01-01 00:00:00+00'),"
              + " ('cust-1', 'OPTED_OUT', 'sale_or_share', TIMESTAMP WITH TIME ZONE"
              + " '2026-01-02 00:00:00+00', 'web-form', 'v2', TIMESTAMP WITH TIME ZONE"
              + " '2026-01-02 00:00:00+00')");

      JdbcConsentLedger ledger = JdbcConsentLedger.create(db);
      Instant later = Instant.parse("2026-02-01T00:00:00Z");

      assertThat(ledger.consent("cust-1", "marketing.email", later)).isEqualTo(ConsentState.GIVEN);
      assertThat(ledger.optedOut("cust-1", "sale_or_share", later)).isTrue();
      assertThat(ledger.history("cust-1"))
          .extracting(ConsentEvent::topic)
          .containsExactly(ConsentTopic.PURPOSE, ConsentTopic.OPT_OUT);
      ConsentDefinition sameName =
          new ConsentDefinition(
              "marketing.email",
              List.of("marketing.email"),
              Optional.empty(),
              false,
              Optional.empty(),
              SourceLocation.UNKNOWN);
      assertThat(ledger.decidingConsent("cust-1", sameName, later))
          .as("an old purpose grant is not a grant of a declared consent")
          .isNull();
    }
  }

  @Test
  void migrate_databaseFromTheFuture_refusesWithUpgradeAdvice() throws SQLException {
    DataSource db = TestDatabases.freshH2();
    SchemaMigrations.migrate(db);
    exec(db, "INSERT INTO proviso_schema_version VALUES (99, 'V99__x.sql', CURRENT_TIMESTAMP)");

    assertThatThrownBy(() -> SchemaMigrations.migrate(db))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("version 99")
        .hasMessageContaining("upgrade Proviso");
  }

  @Test
  void statements_scriptWithCommentsAndSeveralStatements_splitsOnLineEndingSemicolons() {
    assertThat(
            SchemaMigrations.statements(
                "-- a comment; not a statement\nCREATE TABLE a (x INT);\n\nCREATE INDEX i ON a (x);\n"))
        .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)");
  }

  static int count(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  static void exec(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
