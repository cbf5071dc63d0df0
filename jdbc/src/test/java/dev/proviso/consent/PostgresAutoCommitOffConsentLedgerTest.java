package dev.proviso.consent;

import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.jdbc.TestDatabases;
import java.time.Clock;
import java.time.Duration;

/** The ledger contract through a pool whose connections have auto-commit off. */
class PostgresAutoCommitOffConsentLedgerTest extends ConsentLedgerContract {
  @Override
  ConsentLedger newLedger(Clock clock) {
    return JdbcConsentLedger.create(
        TestDatabases.freshPostgres(false), Duration.ofSeconds(2), clock);
  }
}
