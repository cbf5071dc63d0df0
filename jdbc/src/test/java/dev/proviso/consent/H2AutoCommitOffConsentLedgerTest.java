package dev.proviso.consent;

import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.jdbc.TestDatabases;
import java.time.Clock;
import java.time.Duration;

/** The ledger contract through a pool whose connections have auto-commit off. */
class H2AutoCommitOffConsentLedgerTest extends ConsentLedgerContract {
  @Override
  ConsentLedger newLedger(Clock clock) {
    return JdbcConsentLedger.create(TestDatabases.freshH2(false), Duration.ofSeconds(2), clock);
  }
}
