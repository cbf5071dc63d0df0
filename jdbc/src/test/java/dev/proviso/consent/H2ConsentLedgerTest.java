package dev.proviso.consent;

import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.jdbc.TestDatabases;
import java.time.Duration;

class H2ConsentLedgerTest extends ConsentLedgerContract {
  @Override
  ConsentLedger newLedger(java.time.Clock clock) {
    return JdbcConsentLedger.create(TestDatabases.freshH2(), Duration.ofSeconds(2), clock);
  }
}
