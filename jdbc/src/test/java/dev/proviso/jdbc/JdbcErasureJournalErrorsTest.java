package dev.proviso.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The journal's errors reach explanations and logs: they carry the SQL state, no driver text. */
class JdbcErasureJournalErrorsTest {
  private static final String SUBJECT = "cust-journal-secret-4711";

  @Test
  void requestsOf_databaseGone_namesTheSqlStateButNotTheSubjectOrTheDriverText()
      throws SQLException {
    DataSource db = TestDatabases.freshH2();
    JdbcErasureJournal journal = JdbcErasureJournal.create(db);
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN"); // the next connection finds an empty database without the tables
    }

    assertThatThrownBy(() -> journal.erasureRequested(SUBJECT, Instant.EPOCH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("erasure journal unavailable: could not read erasure requests")
        .hasMessageMatching(".*\\(SQL state [0-9A-Z]{5}\\)")
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(e.getMessage())
                    .doesNotContain(SUBJECT)
                    .doesNotContainIgnoringCase("not found")
                    .doesNotContainIgnoringCase("select"));
  }
}
