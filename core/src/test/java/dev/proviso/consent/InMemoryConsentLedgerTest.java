package dev.proviso.consent;

class InMemoryConsentLedgerTest extends ConsentLedgerContract {
  @Override
  ConsentLedger newLedger() {
    return new InMemoryConsentLedger();
  }
}
