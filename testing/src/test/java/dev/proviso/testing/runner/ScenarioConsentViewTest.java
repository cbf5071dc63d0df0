package dev.proviso.testing.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.consent.ConsentState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScenarioConsentViewTest {
  private static final String ALICE = "alice";
  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
  private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void consent_nothingGiven_isUnknown() {
    var view = ScenarioConsentView.forSubject(ALICE);

    assertThat(view.consent(ALICE, "marketing.email", MAR)).isEqualTo(ConsentState.UNKNOWN);
  }

  @Test
  void consent_beforeTheGrant_isUnknownAndAfterItGiven() {
    var view = ScenarioConsentView.forSubject(ALICE).consent("marketing.email", FEB);

    assertThat(view.consent(ALICE, "marketing.email", JAN)).isEqualTo(ConsentState.UNKNOWN);
    assertThat(view.consent(ALICE, "marketing.email", FEB)).isEqualTo(ConsentState.GIVEN);
    assertThat(view.consent(ALICE, "marketing.email", MAR)).isEqualTo(ConsentState.GIVEN);
  }

  @Test
  void consent_eventsGivenOutOfOrder_latestEventTimeDecides() {
    var view =
        ScenarioConsentView.forSubject(ALICE)
            .withdrawn("marketing.email", FEB)
            .consent("marketing.email", JAN);

    assertThat(view.consent(ALICE, "marketing.email", JAN)).isEqualTo(ConsentState.GIVEN);
    assertThat(view.consent(ALICE, "marketing.email", MAR)).isEqualTo(ConsentState.WITHDRAWN);
  }

  @Test
  void consent_grantAndWithdrawalAtTheSameInstant_withdrawalWins() {
    var grantFirst =
        ScenarioConsentView.forSubject(ALICE)
            .consent("marketing.email", FEB)
            .withdrawn("marketing.email", FEB);
    var withdrawalFirst =
        ScenarioConsentView.forSubject(ALICE)
            .withdrawn("marketing.email", FEB)
            .consent("marketing.email", FEB);

    assertThat(grantFirst.consent(ALICE, "marketing.email", MAR)).isEqualTo(ConsentState.WITHDRAWN);
    assertThat(withdrawalFirst.consent(ALICE, "marketing.email", MAR))
        .isEqualTo(ConsentState.WITHDRAWN);
  }

  @Test
  void consent_pastItsExpiry_isExpired() {
    var view = ScenarioConsentView.forSubject(ALICE).consent("marketing.email", JAN, MAR);

    assertThat(view.consent(ALICE, "marketing.email", FEB)).isEqualTo(ConsentState.GIVEN);
    assertThat(view.consent(ALICE, "marketing.email", MAR)).isEqualTo(ConsentState.EXPIRED);
  }

  @Test
  void consent_forAnotherPurposeOrSubject_isUnknown() {
    var view = ScenarioConsentView.forSubject(ALICE).consent("marketing.email", JAN);

    assertThat(view.consent(ALICE, "marketing", FEB)).isEqualTo(ConsentState.UNKNOWN);
    assertThat(view.consent("bob", "marketing.email", FEB)).isEqualTo(ConsentState.UNKNOWN);
  }

  @Test
  void optedOut_followsTheLatestOptOutOrOptIn() {
    var view =
        ScenarioConsentView.forSubject(ALICE)
            .optedOut("sale_or_share", JAN)
            .optedIn("sale_or_share", MAR);

    assertThat(view.optedOut(ALICE, "sale_or_share", JAN.minusSeconds(1))).isFalse();
    assertThat(view.optedOut(ALICE, "sale_or_share", FEB)).isTrue();
    assertThat(view.optedOut(ALICE, "sale_or_share", MAR)).isFalse();
  }

  @Test
  void erasureRequested_fromItsInstantOn() {
    var view = ScenarioConsentView.forSubject(ALICE).erasure(FEB);

    assertThat(view.erasureRequested(ALICE, JAN)).isFalse();
    assertThat(view.erasureRequested(ALICE, FEB)).isTrue();
    assertThat(view.erasureRequested("bob", MAR)).isFalse();
  }
}
