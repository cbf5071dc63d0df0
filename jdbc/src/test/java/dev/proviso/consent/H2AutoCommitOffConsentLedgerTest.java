package dev.proviso.consent;

import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.jdbc.TestDatabases;

/** The ledger contract through a pool whose connections have auto-commit off. */
class H2AutoCommitOffConsentLedgerTest extends ConsentLedgerContract {
  @Override
  ConsentLedger newLedger() {
    return JdbcConsentLedger.create(TestDatabases.freshH2(false));
  }
}
