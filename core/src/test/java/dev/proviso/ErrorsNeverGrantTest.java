package dev.proviso;

import static dev.proviso.model.Conditions.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.model.AttributeType;
import dev.proviso.model.PolicyModelBuilder;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Semantics rules 1 and 5: an erroring regime or store never grants, whatever user code throws. */
class ErrorsNeverGrantTest {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private final Policy policy =
      Policy.from(
          PolicyModelBuilder.named("regimes", 1)
              .subject("region", AttributeType.TEXT)
              .category("contact", "email", "phone")
              .purpose("marketing", "email")
              .purpose("analytics")
              .regime("us", eq(subject("region"), text("US")))
              .allow("contact.email", "marketing.email")
              .deny("contact.phone", "marketing")
              .regime("open", not(optedOut("sale_or_share")))
              .allow("contact", "analytics")
              .build());

  private Decision decide(Subject subject, String purpose, String category, ConsentView view) {
    return policy.decide(
        Request.builder(subject, policy.purpose(purpose))
            .category(policy.category(category))
            .at(NOW)
            .build(),
        view);
  }

  private static Subject region(String region) {
    return Subject.builder("s").set("region", region).build();
  }

  @Test
  void decide_regimeConditionHolds_itsAllowGrants() {
    assertThat(decide(region("US"), "marketing.email", "contact.email", ConsentView.NONE).allowed())
        .isTrue();
  }

  @Test
  void decide_regionMissing_allowInsideConditionalRegimeDoesNotGrant() {
    Decision d =
        decide(Subject.builder("s").build(), "marketing.email", "contact.email", ConsentView.NONE);

    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.ruleIds()).isEmpty();
    assertThat(d.explanation().toString()).contains("subject.region is missing");
  }

  @Test
  void decide_regionMissing_denyInsideConditionalRegimeStillApplies() {
    Decision d =
        decide(Subject.builder("s").build(), "marketing.email", "contact.phone", ConsentView.NONE);

    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.ruleIds()).containsExactly("regimes.policy:3");
  }

  @Test
  void decide_consentStoreDownInRegimeCondition_allowDoesNotGrant() {
    ConsentView down = failing(new IllegalStateException("store down"));

    Decision d = decide(region("EU"), "analytics", "contact.email", down);

    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.explanation().toString()).contains("store down");
  }

  @Test
  void decide_storeThrowsSneakyCheckedException_deniesWithTheReason() {
    Decision d =
        decide(region("EU"), "analytics", "contact.email", failing(new IOException("eof")));

    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.explanation().toString()).contains("IOException: eof");
  }

  @Test
  void decide_storeThrowsAssertionError_deniesWithTheReason() {
    Decision d =
        decide(region("US"), "marketing.email", "contact.email", failing(new AssertionError("x")));

    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.explanation().toString()).contains("AssertionError: x");
  }

  @Test
  void decide_storeThrowsNoClassDefFoundError_deniesWithTheReason() {
    ConsentView broken = failing(new NoClassDefFoundError("org/h2/Driver"));

    Decision d = decide(region("EU"), "analytics", "contact.email", broken);

    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.explanation().toString()).contains("NoClassDefFoundError");
  }

  @Test
  void decide_onlyOptOutThrowsSneakily_regimeErrorsAndAllowDoesNotGrant() {
    ConsentView optOutFails =
        new ConsentView() {
          @Override
          public ConsentState consent(String subjectId, String purpose, Instant at) {
            return ConsentState.UNKNOWN;
          }

          @Override
          public boolean optedOut(String subjectId, String name, Instant at) {
            throw sneaky(new IOException("socket reset"));
          }

          @Override
          public boolean erasureRequested(String subjectId, Instant at) {
            return false;
          }
        };

    Decision d = decide(region("EU"), "analytics", "contact.email", optOutFails);

    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.explanation().toString())
        .contains("consent store failed: IOException: socket reset");
  }

  /** A view whose every answer throws {@code failure}, checked or not. */
  static ConsentView failing(Throwable failure) {
    return new ConsentView() {
      @Override
      public ConsentState consent(String subjectId, String purpose, Instant at) {
        throw sneaky(failure);
      }

      @Override
      public boolean optedOut(String subjectId, String name, Instant at) {
        throw sneaky(failure);
      }

      @Override
      public boolean erasureRequested(String subjectId, Instant at) {
        throw sneaky(failure);
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }
}
