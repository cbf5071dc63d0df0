package dev.proviso.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.jdbc.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class PostgresConsentLedgerTest extends ConsentLedgerContract {
  @Override
  ConsentLedger newLedger(java.time.Clock clock) {
    return JdbcConsentLedger.create(TestDatabases.freshPostgres(), Duration.ofSeconds(2), clock);
  }

  @Test
  void consent_tableLockedLongerThanTheTimeout_throwsSayingTheStoreIsUnavailable()
      throws Exception {
    DataSource db = TestDatabases.freshPostgres();
    JdbcConsentLedger ledger = JdbcConsentLedger.create(db, Duration.ofSeconds(1));
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () -> {
              try (Connection c = db.getConnection();
                  Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("LOCK TABLE proviso_consent_event IN ACCESS EXCLUSIVE MODE");
                locked.countDown();
                release.await(10, TimeUnit.SECONDS);
                c.rollback();
              } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    holder.start();
    locked.await();
    try {
      assertThatThrownBy(() -> ledger.consent("cust-1", EMAIL, Instant.now()))
          .isInstanceOf(ConsentStoreException.class)
          .hasMessageContaining("consent store unavailable")
          .hasMessageContaining("deny");
    } finally {
      release.countDown();
      holder.join();
    }
    assertThat(ledger.consent("cust-1", EMAIL, Instant.now())).isEqualTo(ConsentState.UNKNOWN);
  }
}
