package dev.proviso.consent;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryConsentLedgerTest extends ConsentLedgerContract {
  @Override
  ConsentLedger newLedger(java.time.Clock clock) {
    return new InMemoryConsentLedger(clock);
  }

  @Test
  void consentEvent_blankPurposeOrExpiryOnAWithdrawal_isRejectedSayingWhy() {
    assertThatThrownBy(() -> ConsentEvent.given("cust-1", " ", T0, "web-form", "v3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("purpose or opt-out name");
    assertThatThrownBy(
            () ->
                ConsentEvent.withdrawn("cust-1", EMAIL, T0, "web-form", "v3")
                    .expiringAt(Instant.MAX))
        .hasMessageContaining("only a GIVEN consent can expire");
  }
}
