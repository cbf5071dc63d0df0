package dev.proviso.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.jdbc.TestDatabases;
import dev.proviso.model.ConsentDefinition;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.SourceLocation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random histories (few instants, so ties are common; shuffled arrival; expiries) appended to every
 * ledger, each answer checked against a brute-force reading of the ledger's rule (docs/rights.md).
 * Replay a failure with {@code -Dproviso.seed=<seed>} (printed).
 */
class ConsentLedgerRandomTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Clock ARRIVAL =
      Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final String[] SUBJECTS = {"s1", "s2"};
  private static final String[] NAMES = {"marketing.email", "analytics", "sale_or_share"};
  private static final List<ConsentDefinition> DECLARED =
      List.of(
          new ConsentDefinition(
              "newsletter",
              List.of("marketing.email"),
              Optional.of(new PolicyDuration(3, ChronoUnit.MINUTES)),
              false,
              Optional.empty(),
              SourceLocation.UNKNOWN),
          new ConsentDefinition(
              "parental",
              List.of("marketing"),
              Optional.empty(),
              false,
              Optional.of("guardian"),
              SourceLocation.UNKNOWN));

  @TestFactory
  Stream<DynamicTest> randomHistories_everyLedger_agreesWithTheRuleAsWritten() {
    long seed = Long.getLong("proviso.seed", new Random().nextLong());
    System.out.println(
        "ConsentLedgerRandomTest seed " + seed + " (replay: -Dproviso.seed=" + seed + ")");
    List<ConsentEvent> events = randomEvents(new Random(seed), 150);
    return Stream.of(
            named("in-memory", () -> new InMemoryConsentLedger(ARRIVAL)),
            named("h2", () -> JdbcConsentLedger.create(TestDatabases.freshH2(), TIMEOUT, ARRIVAL)),
            named(
                "postgres",
                () -> JdbcConsentLedger.create(TestDatabases.freshPostgres(), TIMEOUT, ARRIVAL)))
        .map(
            store ->
                DynamicTest.dynamicTest(
                    store.name + " seed " + seed, () -> check(store.ledger.get(), events)));
  }

  private record Store(String name, Supplier<ConsentLedger> ledger) {}

  private static Store named(String name, Supplier<ConsentLedger> ledger) {
    return new Store(name, ledger);
  }

  private static void check(ConsentLedger ledger, List<ConsentEvent> events) {
    events.forEach(ledger::append);
    for (String subject : SUBJECTS) {
      for (String name : NAMES) {
        for (int t = -1; t <= 8; t++) {
          Instant at = T0.plusSeconds(t * 60L);
          assertThat(ledger.consent(subject, name, at))
              .as("consent %s %s at t=%d", subject, name, t)
              .isEqualTo(expectedConsent(events, subject, name, at));
          assertThat(ledger.optedOut(subject, name, at))
              .as("opted out %s %s at t=%d", subject, name, t)
              .isEqualTo(expectedOptOut(events, subject, name, at));
        }
      }
      for (ConsentDefinition consent : DECLARED) {
        for (int t = -1; t <= 8; t++) {
          Instant at = T0.plusSeconds(t * 60L);
          assertThat(
                  ConsentHistory.consentState(
                      consent, ledger.decidingConsent(subject, consent, at), at))
              .as("declared %s %s at t=%d", subject, consent.name(), t)
              .isEqualTo(expectedDeclared(events, subject, consent, at));
        }
      }
      assertThat(ledger.history(subject))
          .containsExactlyInAnyOrderElementsOf(
              events.stream()
                  .filter(e -> e.subjectId().equals(subject))
                  .map(e -> e.receivedAt(ARRIVAL.instant()))
                  .toList())
          .isSortedAccordingTo(Comparator.comparing(ConsentEvent::at));
    }
  }

  /**
   * The rule as written: latest event time at or before t; at a tie a restricting event wins, the
   * strongest first (objection, withdrawal, refusal).
   */
  private static ConsentState expectedConsent(
      List<ConsentEvent> events, String subject, String name, Instant at) {
    List<ConsentEvent> latest = latest(events, subject, name, at, false);
    if (latest.isEmpty()) {
      return ConsentState.UNKNOWN;
    }
    for (ConsentEventKind restricting :
        List.of(ConsentEventKind.OBJECTED, ConsentEventKind.WITHDRAWN, ConsentEventKind.REFUSED)) {
      if (latest.stream().anyMatch(e -> e.kind() == restricting)) {
        return ConsentState.valueOf(restricting.name());
      }
    }
    boolean expired =
        latest.stream().allMatch(e -> e.expires().isPresent() && !e.expires().get().isAfter(at));
    // several grants at one instant: any still-valid grant keeps consent
    return expired ? ConsentState.EXPIRED : ConsentState.GIVEN;
  }

  /**
   * A declared consent as written: only its own events count, and only grants by the declared
   * giver; the latest decides as for a purpose; a grant as old as the validity is EXPIRED.
   */
  private static ConsentState expectedDeclared(
      List<ConsentEvent> events, String subject, ConsentDefinition consent, Instant at) {
    List<ConsentEvent> own =
        events.stream()
            .filter(e -> e.topic() == ConsentTopic.CONSENT_KIND)
            .filter(e -> e.name().equals(consent.name()))
            .filter(
                e ->
                    e.kind() != ConsentEventKind.GIVEN
                        || consent.givenBy().isEmpty()
                        || e.givenBy().equals(consent.givenBy()))
            .toList();
    ConsentState state = expectedConsent(own, subject, consent.name(), at);
    if (state == ConsentState.GIVEN && consent.validity().isPresent()) {
      Instant grant =
          latest(own, subject, consent.name(), at, false).get(0).at(); // all at one instant
      return consent.validity().get().addTo(grant).isAfter(at)
          ? ConsentState.GIVEN
          : ConsentState.EXPIRED;
    }
    return state;
  }

  private static boolean expectedOptOut(
      List<ConsentEvent> events, String subject, String name, Instant at) {
    return latest(events, subject, name, at, true).stream()
        .anyMatch(e -> e.kind() == ConsentEventKind.OPTED_OUT);
  }

  private static List<ConsentEvent> latest(
      List<ConsentEvent> events, String subject, String name, Instant at, boolean optOut) {
    List<ConsentEvent> relevant =
        events.stream()
            .filter(e -> e.subjectId().equals(subject) && e.name().equals(name))
            .filter(e -> e.kind().isOptOut() == optOut && !e.at().isAfter(at))
            .toList();
    Optional<Instant> max = relevant.stream().map(ConsentEvent::at).max(Comparator.naturalOrder());
    return max.map(m -> relevant.stream().filter(e -> e.at().equals(m)).toList()).orElse(List.of());
  }

  private static List<ConsentEvent> randomEvents(Random random, int count) {
    List<ConsentEvent> events = new ArrayList<>();
    ConsentEventKind[] kinds = ConsentEventKind.values();
    for (int i = 0; i < count; i++) {
      ConsentEventKind kind = kinds[random.nextInt(kinds.length)];
      Instant at = T0.plusSeconds(random.nextInt(5) * 60L);
      ConsentEvent e =
          ConsentEvent.of(
              SUBJECTS[random.nextInt(SUBJECTS.length)],
              kind,
              NAMES[random.nextInt(NAMES.length)],
              at,
              "src" + i,
              "v" + random.nextInt(3));
      if (!kind.isOptOut() && random.nextInt(3) == 0) { // about a declared consent instead
        e =
            ConsentEvent.forConsent(
                e.subjectId(),
                kind,
                random.nextBoolean() ? "newsletter" : "parental",
                at,
                e.source(),
                e.policyVersion());
        if (random.nextBoolean()) {
          e = e.givenBy(random.nextBoolean() ? "guardian" : "tutor");
        }
      } else if (kind == ConsentEventKind.GIVEN && random.nextBoolean()) {
        e = e.expiringAt(at.plusSeconds(random.nextInt(4) * 60L));
      }
      events.add(e);
    }
    Collections.shuffle(events, random); // arrival order unrelated to event time
    return events;
  }
}
