package dev.proviso.consent;

import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.jdbc.TestDatabases;

class H2ConsentLedgerTest extends ConsentLedgerContract {
  @Override
  ConsentLedger newLedger() {
    return JdbcConsentLedger.create(TestDatabases.freshH2());
  }
}
