package dev.proviso.rights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.access.AccessReport;
import dev.proviso.access.AccessReportBuilder;
import dev.proviso.access.AccessReportHtml;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentLedger;
import dev.proviso.consent.ConsentView;
import dev.proviso.erasure.ErasureCoordinator;
import dev.proviso.erasure.ErasureReceipt;
import dev.proviso.erasure.HeldItem;
import dev.proviso.erasure.InMemoryDataSystem;
import dev.proviso.erasure.PolicyRegimes;
import dev.proviso.erasure.RetentionPlanner;
import dev.proviso.guard.Guard;
import dev.proviso.jackson.DecisionLogCodec;
import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.jdbc.JdbcErasureJournal;
import dev.proviso.jdbc.TestDatabases;
import dev.proviso.log.AsyncDecisionLogWriter;
import dev.proviso.log.DecisionRecord;
import dev.proviso.log.SubjectPseudonymizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger, the erasure journal and the access report plugged into the real decision engine. */
class RightsEngineIntegrationTest {
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final Instant ISSUED = Instant.parse("2020-03-01T00:00:00Z");

  private final Policy policy = RightsPolicy.compile();
  private final DataSource db = TestDatabases.freshH2();
  private final ConsentLedger ledger = JdbcConsentLedger.create(db);
  private final JdbcErasureJournal journal = JdbcErasureJournal.create(db);
  private final ConsentView view = ledger.view(journal);
  private final Subject ann = Subject.builder("cust-42").set("region", "EU").build();

  private final InMemoryDataSystem crm = new InMemoryDataSystem("crm");
  private final InMemoryDataSystem mailer = new InMemoryDataSystem("mailer");
  private final InMemoryDataSystem invoicing = new InMemoryDataSystem("invoicing");
  private final ErasureCoordinator coordinator =
      new ErasureCoordinator(
          journal,
          RetentionPlanner.of(policy.model()),
          List.of(crm, mailer, invoicing),
          Clock.fixed(NOW, ZoneOffset.UTC));

  RightsEngineIntegrationTest() {
    crm.put(
        "cust-42",
        "c-1",
        Map.of("contact.email", "ann@example.eu", "health.condition", "asthma"),
        Map.of());
    mailer.put("cust-42", "s-1", Map.of("contact.email", "ann@example.eu"), Map.of());
    invoicing.put(
        "cust-42",
        "INV-1",
        Map.of("financial.invoice", "EUR 120.00"),
        Map.of("invoice_issued", ISSUED));
  }

  private Decision decide(String category, String purpose, Instant at) {
    return policy.decide(
        Request.builder(ann, policy.purpose(purpose))
            .category(policy.category(category))
            .at(at)
            .event("invoice_issued", ISSUED)
            .build(),
        view);
  }

  @Test
  void decide_consentInTheJdbcLedger_allowsEmailMarketingUntilWithdrawn() {
    assertThat(decide("contact.email", "marketing.email", NOW).allowed()).isFalse();

    ledger.append(ConsentEvent.given("cust-42", "marketing.email", NOW, "web-form", "shop v3"));
    ledger.append(
        ConsentEvent.withdrawn(
            "cust-42", "marketing.email", NOW.plusSeconds(3600), "email-link", "shop v3"));

    assertThat(decide("contact.email", "marketing.email", NOW).allowed()).isTrue();
    Decision after = decide("contact.email", "marketing.email", NOW.plusSeconds(3600));
    assertThat(after.allowed()).isFalse();
    assertThat(after.ruleIds()).contains(RightsPolicy.GDPR_CONSENT);
  }

  @Test
  void decide_consentStoreGone_deniesAndSaysTheStoreIsUnavailable() throws SQLException {
    DataSource consentDb = TestDatabases.freshH2();
    ConsentLedger separate = JdbcConsentLedger.create(consentDb);
    separate.append(ConsentEvent.given("cust-42", "marketing.email", NOW, "web-form", "shop v3"));
    shutdown(consentDb); // the next connection finds an empty database without the tables

    Decision d =
        policy.decide(
            Request.of(
                ann, policy.category("contact.email"), policy.purpose("marketing.email"), NOW),
            separate.view(journal));

    assertThat(d.allowed()).isFalse();
    assertThat(d.explanation().toString()).contains("consent store unavailable");
  }

  @Test
  void decide_erasureJournalGone_failsClosedAsRestricted() throws SQLException {
    shutdown(db);

    Decision d = decide("contact.email", "fulfilment", NOW);

    assertThat(d.allowed()).isFalse();
    assertThat(d.explanation().toString())
        .contains("erasure journal unavailable")
        .contains("treated as restricted");
  }

  private static void shutdown(DataSource db) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  @Test
  void decide_erasureAcceptedWithASystemPending_restrictsAllButTheTaxRetention() {
    ledger.append(
        ConsentEvent.given("cust-42", "marketing.email", NOW.minusSeconds(60), "web-form", "v3"));
    mailer.setAvailable(false);

    ErasureReceipt receipt = coordinator.submit("ticket-1", "cust-42");

    assertThat(receipt.pending())
        .extracting(ErasureReceipt.Pending::system)
        .containsExactly("mailer");
    Decision marketing = decide("contact.email", "marketing.email", NOW);
    assertThat(marketing.allowed()).isFalse();
    assertThat(marketing.explanation().toString()).contains("restricted after an erasure request");
    assertThat(decide("financial.invoice", "legal.tax_records", NOW).allowed()).isTrue();
    assertThat(decide("financial.invoice", "fulfilment", NOW).allowed()).isFalse();
    assertThat(
            decide("financial.invoice", "legal.tax_records", Instant.parse("2030-03-01T00:00:00Z"))
                .allowed())
        .isFalse();
    assertThat(receipt.retained())
        .singleElement()
        .satisfies(r -> assertThat(r.rule()).isEqualTo(RightsPolicy.TAX_RETENTION));
  }

  @Test
  void accessReport_withEngine_listsPermittedPurposesPerCategoryWithReasons() {
    ledger.append(
        ConsentEvent.given("cust-42", "marketing.email", NOW.minusSeconds(60), "web-form", "v3"));

    AccessReport report = report();

    assertThat(report.permissionsEvaluated()).isTrue();
    assertThat(purposes(report, "contact.email"))
        .containsExactlyInAnyOrder("fulfilment", "marketing.email");
    assertThat(purposes(report, "health.condition")).isEmpty();
    assertThat(purposes(report, "financial.invoice"))
        .containsExactlyInAnyOrder("fulfilment", "legal", "legal.tax_records");
    assertThat(report.permissions())
        .filteredOn(c -> c.category().equals("contact.email"))
        .flatExtracting(AccessReport.CategoryPermissions::purposes)
        .filteredOn(p -> p.purpose().equals("fulfilment"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rules()).containsExactly(RightsPolicy.ALLOW_FULFILMENT);
              assertThat(String.join("\n", p.why())).contains("deliver and bill your orders");
            });
  }

  @Test
  void accessReport_afterErasure_showsTheRetainedInvoiceUsableOnlyForTaxRecords() {
    ledger.append(
        ConsentEvent.given("cust-42", "marketing.email", NOW.minusSeconds(60), "web-form", "v3"));
    assertThat(coordinator.submit("ticket-1", "cust-42").complete()).isTrue();

    AccessReport report = report();
    String html = AccessReportHtml.render(report);

    assertThat(report.holdings().stream().flatMap(s -> s.items().stream()))
        .extracting(AccessReport.HeldValue::category, AccessReport.HeldValue::restrictedTo)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("financial.invoice", "legal.tax_records"));
    assertThat(purposes(report, "financial.invoice")).containsExactly("legal.tax_records");
    assertThat(report.consentHistory()).hasSize(1);
    assertThat(html)
        .contains("kept for Legal tax records only")
        .doesNotContain(RightsPolicy.TAX_RETENTION)
        .doesNotContain("financial.invoice");
  }

  @Test
  void accessReport_decisionLogWrittenByTheGuard_listsThisSubjectsUsesOnly(@TempDir Path dir)
      throws Exception {
    SubjectPseudonymizer pseudonyms =
        new SubjectPseudonymizer("a-key-of-16-bytes!".getBytes(StandardCharsets.UTF_8));
    Path logFile = dir.resolve("decisions.jsonl");
    Subject bob = Subject.builder("cust-7").set("region", "EU").build();
    ledger.append(
        ConsentEvent.given("cust-42", "marketing.email", NOW.minusSeconds(60), "web-form", "v3"));
    try (AsyncDecisionLogWriter log =
        AsyncDecisionLogWriter.toFile(logFile, DecisionLogCodec.JSON_LINES, pseudonyms, 100)) {
      Guard guard =
          Guard.builder(() -> policy)
              .consents(view)
              .decisionLog(log)
              .clock(Clock.fixed(NOW, ZoneOffset.UTC))
              .build();
      guard.decide(ann, "marketing.email", "contact.email");
      guard.decide(bob, "marketing.email", "contact.email");
      guard.decide(ann, "fulfilment", "financial.invoice");
    }

    AccessReport report =
        AccessReportBuilder.forPolicy(policy, view)
            .systems(List.of(crm))
            .consentLedger(ledger)
            .decisionLog(logFile, DecisionLogCodec.JSON_LINES, pseudonyms)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build(ann);

    assertThat(report.uses())
        .extracting(DecisionRecord::purpose, DecisionRecord::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("marketing.email", "ALLOW"),
            org.assertj.core.groups.Tuple.tuple("fulfilment", "ALLOW"));
    assertThat(AccessReportHtml.render(report))
        .contains("What we used your data for")
        .contains("Marketing email")
        .contains("Fulfilment");
  }

  @Test
  void policyRegimes_retentionInsideGdpr_keepsInvoicesOnlyOfSubjectsGdprCoversOrMayCover() {
    Map<String, Subject> directory =
        Map.of(
            "eu", Subject.builder("eu").set("region", "EU").build(),
            "us", Subject.builder("us").set("region", "US-CA").build(),
            "nowhere", Subject.of("nowhere"));
    RetentionPlanner planner =
        new RetentionPlanner(
            policy.model().retentions(),
            PolicyRegimes.of(
                policy,
                id -> Optional.ofNullable(directory.get(id)),
                view,
                Clock.fixed(NOW, ZoneOffset.UTC)));
    HeldItem invoice =
        new HeldItem(
            "INV-1",
            "financial.invoice",
            "EUR 1",
            Map.of("invoice_issued", ISSUED),
            Optional.empty());

    assertThat(planner.plan("eu", invoice, NOW).retained()).isTrue();
    assertThat(planner.plan("us", invoice, NOW).retained()).isFalse();
    assertThat(planner.plan("nowhere", invoice, NOW).retained()).as("region unknown").isTrue();
    assertThat(planner.plan("not-in-directory", invoice, NOW).retained()).isTrue();
  }

  private AccessReport report() {
    return AccessReportBuilder.forPolicy(policy, view)
        .systems(List.of(crm, mailer, invoicing))
        .consentLedger(ledger)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build(ann);
  }

  private static List<String> purposes(AccessReport report, String category) {
    return report.permissions().stream()
        .filter(c -> c.category().equals(category))
        .flatMap(c -> c.purposes().stream())
        .map(AccessReport.PermittedPurpose::purpose)
        .toList();
  }
}
