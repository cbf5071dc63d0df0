package dev.proviso.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.model.ConsentDefinition;
import dev.proviso.model.SourceLocation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ConsentLedger} must show; one subclass per implementation. */
abstract class ConsentLedgerContract {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final String EMAIL = "marketing.email";

  static final Instant ARRIVAL = Instant.parse("2026-06-01T12:00:00.123456Z");

  private final ConsentLedger ledger = newLedger(Clock.fixed(ARRIVAL, ZoneOffset.UTC));

  /** A fresh, empty ledger that stamps arrival times from {@code clock}. */
  abstract ConsentLedger newLedger(Clock clock);

  @Test
  void append_eventFromFactory_recordedAtIsTheLedgersClockNotTheWallClock() {
    ledger.append(ConsentEvent.given("cust-1", EMAIL, T0, "web-form", "v3"));

    assertThat(ledger.history("cust-1"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.at()).isEqualTo(T0);
              assertThat(e.recordedAt()).isEqualTo(ARRIVAL);
            });
  }

  private static ConsentEvent event(ConsentEventKind kind, String name, long days) {
    return ConsentEvent.of("cust-1", kind, name, T0.plusSeconds(days * 86_400), "web-form", "v3");
  }

  @Test
  void consent_noEvent_isUnknown() {
    assertThat(ledger.consent("cust-1", EMAIL, T0)).isEqualTo(ConsentState.UNKNOWN);
    assertThat(ledger.optedOut("cust-1", "sale_or_share", T0)).isFalse();
  }

  @Test
  void optedOut_optOutAndOptInOneMicrosecondApart_resolvesAtMicrosecondPrecisionOnEveryStore() {
    Instant out = T0.plusNanos(1_000_400); // sub-microsecond parts: PostgreSQL would round them
    Instant backIn = T0.plusNanos(2_000_600);
    ledger.append(
        ConsentEvent.of("cust-1", ConsentEventKind.OPTED_OUT, "sale_or_share", out, "web", "v3"));
    ledger.append(
        ConsentEvent.of(
            "cust-1", ConsentEventKind.OPTED_BACK_IN, "sale_or_share", backIn, "web", "v3"));

    assertThat(ledger.optedOut("cust-1", "sale_or_share", T0.plusNanos(999_999))).isFalse();
    assertThat(ledger.optedOut("cust-1", "sale_or_share", T0.plusNanos(1_000_000))).isTrue();
    assertThat(ledger.optedOut("cust-1", "sale_or_share", T0.plusNanos(1_999_999))).isTrue();
    assertThat(ledger.optedOut("cust-1", "sale_or_share", T0.plusNanos(2_000_000))).isFalse();
    assertThat(ledger.history("cust-1"))
        .extracting(ConsentEvent::at)
        .containsExactly(T0.plusNanos(1_000_000), T0.plusNanos(2_000_000));
  }

  @Test
  void consent_eventsArrivingOutOfOrder_latestEventTimeWins() {
    ledger.append(event(ConsentEventKind.WITHDRAWN, EMAIL, 10));
    ledger.append(event(ConsentEventKind.GIVEN, EMAIL, 1)); // arrives last, happened first

    assertThat(ledger.consent("cust-1", EMAIL, T0)).isEqualTo(ConsentState.UNKNOWN);
    assertThat(ledger.consent("cust-1", EMAIL, T0.plusSeconds(5 * 86_400)))
        .isEqualTo(ConsentState.GIVEN);
    assertThat(ledger.consent("cust-1", EMAIL, T0.plusSeconds(10 * 86_400)))
        .isEqualTo(ConsentState.WITHDRAWN);
  }

  @Test
  void consent_withdrawalAndGrantAtTheSameInstant_withdrawalWinsInEitherArrivalOrder() {
    ledger.append(event(ConsentEventKind.WITHDRAWN, EMAIL, 2));
    ledger.append(event(ConsentEventKind.GIVEN, EMAIL, 2));
    ledger.append(event(ConsentEventKind.GIVEN, "analytics", 2));
    ledger.append(event(ConsentEventKind.WITHDRAWN, "analytics", 2));

    Instant at = T0.plusSeconds(2 * 86_400);
    assertThat(ledger.consent("cust-1", EMAIL, at)).isEqualTo(ConsentState.WITHDRAWN);
    assertThat(ledger.consent("cust-1", "analytics", at)).isEqualTo(ConsentState.WITHDRAWN);
  }

  @Test
  void consent_grantWithExpiry_readsExpiredFromTheExpiryInstantOn() {
    Instant expires = T0.plusSeconds(30 * 86_400);
    ledger.append(event(ConsentEventKind.GIVEN, EMAIL, 0).expiringAt(expires));

    assertThat(ledger.consent("cust-1", EMAIL, expires.minusSeconds(1)))
        .isEqualTo(ConsentState.GIVEN);
    assertThat(ledger.consent("cust-1", EMAIL, expires)).isEqualTo(ConsentState.EXPIRED);
  }

  @Test
  void consent_twoGrantsAtTheSameInstant_theLongerLivedOneDecidesInEitherArrivalOrder() {
    Instant expires = T0.plusSeconds(60);
    ledger.append(event(ConsentEventKind.GIVEN, EMAIL, 0).expiringAt(expires));
    ledger.append(event(ConsentEventKind.GIVEN, EMAIL, 0));
    ledger.append(event(ConsentEventKind.GIVEN, "analytics", 0));
    ledger.append(event(ConsentEventKind.GIVEN, "analytics", 0).expiringAt(expires));

    assertThat(ledger.consent("cust-1", EMAIL, expires)).isEqualTo(ConsentState.GIVEN);
    assertThat(ledger.consent("cust-1", "analytics", expires)).isEqualTo(ConsentState.GIVEN);
  }

  @Test
  void consent_otherPurposeOrSubject_isNotAffected() {
    ledger.append(event(ConsentEventKind.GIVEN, EMAIL, 0));

    assertThat(ledger.consent("cust-1", "marketing", T0)).isEqualTo(ConsentState.UNKNOWN);
    assertThat(ledger.consent("cust-2", EMAIL, T0)).isEqualTo(ConsentState.UNKNOWN);
  }

  @Test
  void optedOut_optOutThenBackIn_followsEventTimeAndOptOutWinsTies() {
    ledger.append(event(ConsentEventKind.OPTED_BACK_IN, "sale_or_share", 5));
    ledger.append(event(ConsentEventKind.OPTED_OUT, "sale_or_share", 1));
    ledger.append(event(ConsentEventKind.OPTED_OUT, "sale_or_share", 9));
    ledger.append(event(ConsentEventKind.OPTED_BACK_IN, "sale_or_share", 9));

    assertThat(ledger.optedOut("cust-1", "sale_or_share", T0)).isFalse();
    assertThat(ledger.optedOut("cust-1", "sale_or_share", T0.plusSeconds(86_400))).isTrue();
    assertThat(ledger.optedOut("cust-1", "sale_or_share", T0.plusSeconds(6 * 86_400))).isFalse();
    assertThat(ledger.optedOut("cust-1", "sale_or_share", T0.plusSeconds(9 * 86_400))).isTrue();
    // an opt-out name is not a purpose: consent for it stays unknown
    assertThat(ledger.consent("cust-1", "sale_or_share", T0.plusSeconds(9 * 86_400)))
        .isEqualTo(ConsentState.UNKNOWN);
  }

  @Test
  void history_keepsEveryEventWithProofFieldsInEventTimeOrder() {
    Instant recorded = Instant.parse("2026-03-01T12:00:00Z"); // the ledger stamps its own
    ConsentEvent grant =
        new ConsentEvent(
                "cust-1",
                ConsentEventKind.GIVEN,
                EMAIL,
                T0.plusSeconds(86_400),
                "email-link",
                java.util.Optional.empty(),
                "acme-shop v3",
                recorded)
            .expiringAt(T0.plusSeconds(400 * 86_400));
    ConsentEvent withdrawal = event(ConsentEventKind.WITHDRAWN, EMAIL, 20);
    ledger.append(withdrawal);
    ledger.append(grant);

    assertThat(ledger.history("cust-1"))
        .containsExactly(grant.receivedAt(ARRIVAL), withdrawal.receivedAt(ARRIVAL));
    assertThat(ledger.history("cust-2")).isEmpty();
  }

  @Test
  void append_eightConcurrentWriters_loseNoEvent() throws Exception {
    int threads = 8;
    int perThread = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < perThread; i++) {
                  ConsentEventKind kind =
                      i % 2 == 0 ? ConsentEventKind.GIVEN : ConsentEventKind.WITHDRAWN;
                  ledger.append(
                      ConsentEvent.of(
                          "busy", kind, "p" + thread, T0.plusSeconds(i), "thread-" + thread, "v1"));
                }
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();

    List<ConsentEvent> history = ledger.history("busy");
    assertThat(history).hasSize(threads * perThread);
    for (int t = 0; t < threads; t++) {
      String purpose = "p" + t;
      assertThat(history).filteredOn(e -> e.name().equals(purpose)).hasSize(perThread);
      // the last event per purpose (i = 199, odd) is a withdrawal
      assertThat(ledger.consent("busy", purpose, T0.plusSeconds(perThread)))
          .isEqualTo(ConsentState.WITHDRAWN);
    }
  }

  private static ConsentDefinition declared(String name, Optional<String> givenBy) {
    return new ConsentDefinition(
        name, List.of(EMAIL), Optional.empty(), false, givenBy, SourceLocation.UNKNOWN);
  }

  private static ConsentEvent kind(ConsentEventKind kind, String consent, long seconds) {
    return ConsentEvent.forConsent(
        "cust-1", kind, consent, T0.plusSeconds(seconds), "web-form", "v3");
  }

  @Test
  void decidingConsent_declaredAndPurposeEventsForOnePurpose_stayApart() {
    ConsentDefinition newsletter = declared("newsletter", Optional.empty());
    ledger.append(ConsentEvent.given("cust-1", EMAIL, T0, "web-form", "v3"));
    assertThat(ledger.decidingConsent("cust-1", newsletter, T0.plusSeconds(10))).isNull();

    ledger.append(kind(ConsentEventKind.GIVEN, "newsletter", 5));
    ledger.append(kind(ConsentEventKind.WITHDRAWN, "newsletter", 8));
    ConsentEvent deciding = ledger.decidingConsent("cust-1", newsletter, T0.plusSeconds(10));

    assertThat(deciding.kind()).isEqualTo(ConsentEventKind.WITHDRAWN);
    assertThat(deciding.topic()).isEqualTo(ConsentTopic.CONSENT_KIND);
    assertThat(deciding.at()).isEqualTo(T0.plusSeconds(8));
    assertThat(ledger.decidingConsent("cust-1", newsletter, T0.plusSeconds(6)).kind())
        .isEqualTo(ConsentEventKind.GIVEN);
    assertThat(ledger.consent("cust-1", EMAIL, T0.plusSeconds(10))).isEqualTo(ConsentState.GIVEN);
  }

  @Test
  void decidingConsent_consentGivenByAGuardian_countsOnlyGrantsRecordedWithThatRole() {
    ConsentDefinition parental = declared("parental", Optional.of("guardian"));
    ledger.append(kind(ConsentEventKind.GIVEN, "parental", 5)); // the child's own opt-in
    assertThat(ledger.decidingConsent("cust-1", parental, T0.plusSeconds(10))).isNull();

    ledger.append(kind(ConsentEventKind.GIVEN, "parental", 3).givenBy("guardian"));
    ConsentEvent deciding = ledger.decidingConsent("cust-1", parental, T0.plusSeconds(10));
    assertThat(deciding.givenBy()).contains("guardian");
    assertThat(deciding.at()).isEqualTo(T0.plusSeconds(3));

    ledger.append(kind(ConsentEventKind.WITHDRAWN, "parental", 7)); // by anyone: it restricts
    assertThat(ledger.decidingConsent("cust-1", parental, T0.plusSeconds(10)).kind())
        .isEqualTo(ConsentEventKind.WITHDRAWN);
    assertThat(ledger.history("cust-1"))
        .extracting(e -> e.givenBy().orElse("-"))
        .containsExactly("guardian", "-", "-");
  }

  @Test
  void decidingConsent_refusalAndObjectionAtOneInstant_objectionWinsInEitherArrivalOrder() {
    ConsentDefinition newsletter = declared("newsletter", Optional.empty());
    ledger.append(kind(ConsentEventKind.OBJECTED, "newsletter", 5));
    ledger.append(kind(ConsentEventKind.REFUSED, "newsletter", 5));
    ledger.append(kind(ConsentEventKind.GIVEN, "newsletter", 5));

    assertThat(ledger.decidingConsent("cust-1", newsletter, T0.plusSeconds(5)).kind())
        .isEqualTo(ConsentEventKind.OBJECTED);
  }

  @Test
  void consent_purposeRefusedThenObjected_readsEachState() {
    ledger.append(ConsentEvent.of("cust-1", ConsentEventKind.REFUSED, EMAIL, T0, "form", "v3"));
    assertThat(ledger.consent("cust-1", EMAIL, T0)).isEqualTo(ConsentState.REFUSED);
    ledger.append(
        ConsentEvent.of(
            "cust-1", ConsentEventKind.OBJECTED, EMAIL, T0.plusSeconds(1), "form", "v3"));
    assertThat(ledger.consent("cust-1", EMAIL, T0.plusSeconds(1))).isEqualTo(ConsentState.OBJECTED);
  }
}
