package dev.proviso.consent;

import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.jdbc.TestDatabases;

/** The ledger contract through a pool whose connections have auto-commit off. */
class PostgresAutoCommitOffConsentLedgerTest extends ConsentLedgerContract {
  @Override
  ConsentLedger newLedger() {
    return JdbcConsentLedger.create(TestDatabases.freshPostgres(false));
  }
}
