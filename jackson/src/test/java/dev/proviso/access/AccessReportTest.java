package dev.proviso.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Subject;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.InMemoryConsentLedger;
import dev.proviso.erasure.ErasureCoordinator;
import dev.proviso.erasure.InMemoryDataSystem;
import dev.proviso.erasure.InMemoryErasureJournal;
import dev.proviso.erasure.RetentionPlanner;
import dev.proviso.jackson.AccessReportJson;
import dev.proviso.jackson.DecisionLogCodec;
import dev.proviso.log.AsyncDecisionLogWriter;
import dev.proviso.log.DecisionEvent;
import dev.proviso.log.DecisionRecord;
import dev.proviso.log.SubjectPseudonymizer;
import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.Provenance;
import dev.proviso.model.PurposeDefinition;
import dev.proviso.model.RetentionDefinition;
import dev.proviso.model.Selection;
import dev.proviso.model.SourceLocation;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessReportTest {
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final SubjectPseudonymizer PSEUDONYMS =
      new SubjectPseudonymizer(
          "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8));

  static final PolicyModel MODEL =
      new PolicyModel(
          "acme-shop",
          3,
          "ab12",
          List.of(
              category("contact", false),
              category("contact.email", false),
              category("contact.postal_address", false),
              category("health", true),
              category("health.condition", true),
              category("financial", false),
              category("financial.invoice", false)),
          Stream.of("fulfilment", "marketing", "marketing.email", "legal", "legal.tax_records")
              .map(p -> new PurposeDefinition(p, Optional.empty(), SourceLocation.UNKNOWN))
              .toList(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(
              new RetentionDefinition(
                  "shop.policy:21",
                  Optional.of("gdpr"),
                  Selection.of("financial.invoice"),
                  "legal.tax_records",
                  new PolicyDuration(10, ChronoUnit.YEARS),
                  "invoice_issued",
                  Optional.of("tax law requires invoices for 10 years"),
                  SourceLocation.UNKNOWN)),
          List.of());

  final InMemoryDataSystem crm = new InMemoryDataSystem("crm");
  final InMemoryDataSystem clinic = new InMemoryDataSystem("clinic-bookings");
  final InMemoryDataSystem invoicing = new InMemoryDataSystem("invoicing");
  final InMemoryConsentLedger ledger = new InMemoryConsentLedger();

  AccessReportTest() {
    crm.put(
        "cust-42",
        "c-1",
        Map.of(
            "contact.email", "ann@example.eu", "contact.postal_address", "<b>Main St 1</b> & Co"),
        Map.of());
    clinic.put("cust-42", "b-9", Map.of("health.condition", "asthma"), Map.of());
    invoicing.put(
        "cust-42",
        "INV-1",
        Map.of("financial.invoice", "EUR 120.00"),
        Map.of("invoice_issued", Instant.parse("2020-03-01T00:00:00Z")));
    invoicing.put("cust-7", "INV-2", Map.of("financial.invoice", "EUR 9.00"), Map.of());
    ledger.append(
        ConsentEvent.given(
                "cust-42",
                "marketing.email",
                NOW.minusSeconds(86_400 * 30),
                "web-form",
                "acme-shop v3")
            .expiringAt(NOW.plusSeconds(86_400 * 300)));
    ledger.append(
        ConsentEvent.of(
            "cust-42",
            ConsentEventKind.WITHDRAWN,
            "marketing.email",
            NOW.minusSeconds(86_400),
            "email-link",
            "acme-shop v3"));
  }

  private static CategoryDefinition category(String path, boolean sensitive) {
    return new CategoryDefinition(
        path, sensitive, Provenance.PROVIDED, Optional.empty(), SourceLocation.UNKNOWN);
  }

  private static String log(DecisionRecord... records) {
    return Stream.of(records)
        .map(DecisionLogCodec.JSON_LINES::encode)
        .collect(Collectors.joining("\n"));
  }

  private static DecisionRecord use(String subject, String purpose, String outcome) {
    return new DecisionRecord(
        NOW.minusSeconds(3600),
        PSEUDONYMS.pseudonym(subject),
        List.of("contact.email"),
        purpose,
        outcome,
        List.of("shop.policy:12"),
        "acme-shop",
        3,
        "ab12",
        List.of());
  }

  private AccessReport report(String decisionLog) {
    return new AccessReportBuilder(MODEL)
        .systems(List.of(crm, clinic, invoicing))
        .consentLedger(ledger)
        .decisionLog(() -> new StringReader(decisionLog), DecisionLogCodec.JSON_LINES, PSEUDONYMS)
        .clock(CLOCK)
        .build(Subject.of("cust-42"));
  }

  @Test
  void build_liveAsyncLogStillOpen_flushesItFirstSoTheNewestUseIsIn(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("decisions.jsonl");
    try (AsyncDecisionLogWriter live =
        AsyncDecisionLogWriter.toFile(file, DecisionLogCodec.JSON_LINES, PSEUDONYMS, 100)) {
      live.append(
          new DecisionEvent(
              NOW.minusSeconds(5),
              "cust-42",
              List.of("contact.email"),
              "marketing.email",
              "ALLOW",
              List.of("shop.policy:12"),
              "acme-shop",
              3,
              "ab12",
              List.of()));

      AccessReport report =
          new AccessReportBuilder(MODEL)
              .decisionLog(file, DecisionLogCodec.JSON_LINES, PSEUDONYMS)
              .flushing(live)
              .clock(CLOCK)
              .build(Subject.of("cust-42"));

      assertThat(report.uses())
          .extracting(DecisionRecord::purpose)
          .containsExactly("marketing.email");
    }
  }

  @Test
  void build_subjectWithDataConsentsAndUses_gathersOnlyTheirs() {
    AccessReport report =
        report(
            log(
                use("cust-42", "marketing.email", "ALLOW"),
                use("cust-7", "marketing.email", "ALLOW"),
                use("cust-42", "analytics", "DENY")));

    assertThat(report.holdings())
        .extracting(AccessReport.SystemHoldings::system)
        .containsExactly("crm", "clinic-bookings", "invoicing");
    assertThat(report.holdings().get(2).items())
        .singleElement()
        .satisfies(v -> assertThat(v.value()).isEqualTo("EUR 120.00"));
    assertThat(report.holdings().get(1).items().get(0).sensitive()).isTrue();
    assertThat(report.consentHistory())
        .extracting(AccessReport.ConsentEntry::kind, AccessReport.ConsentEntry::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GIVEN", "web-form"),
            org.assertj.core.groups.Tuple.tuple("WITHDRAWN", "email-link"));
    assertThat(report.uses())
        .extracting(DecisionRecord::purpose)
        .containsExactly("marketing.email", "analytics");
    assertThat(report.permissionsEvaluated()).isFalse();
  }

  @Test
  void build_afterErasure_showsOnlyTheRetainedInvoiceKeptForTaxRecords() {
    new ErasureCoordinator(
            new InMemoryErasureJournal(),
            RetentionPlanner.of(MODEL),
            List.of(crm, clinic, invoicing),
            CLOCK)
        .submit("ticket-1", "cust-42");

    AccessReport report = report("");
    String html = AccessReportHtml.render(report);

    assertThat(report.holdings().stream().flatMap(s -> s.items().stream()))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.category()).isEqualTo("financial.invoice");
              assertThat(v.restrictedTo()).isEqualTo("legal.tax_records");
            });
    assertThat(html).contains("kept for Legal tax records only").contains("EUR 120.00");
    assertThat(html).contains("Your consents and opt-outs over time").contains("Email link");
    assertThat(html).doesNotContain("legal.tax_records").doesNotContain("shop.policy:21");
  }

  @Test
  void renderHtml_valuesWithMarkup_areEscapedAndSensitiveOnesMarked() {
    String html = AccessReportHtml.render(report(log(use("cust-42", "marketing.email", "ALLOW"))));

    assertThat(html)
        .contains("&lt;b&gt;Main St 1&lt;/b&gt; &amp; Co")
        .doesNotContain("<b>Main St 1</b>");
    assertThat(html)
        .contains("<h4>Condition <span class=\"badge sensitive\">sensitive</span></h4>")
        .contains("asthma");
    assertThat(html).contains("What we used your data for").contains("Marketing email");
  }

  @Test
  void renderHtml_anyReport_isSelfContained() {
    String html = AccessReportHtml.render(report(log(use("cust-42", "marketing.email", "ALLOW"))));

    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(html.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("http:")
        .doesNotContain("https:")
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("src=")
        .doesNotContain("url(");
  }

  @Test
  void renderJson_report_roundTripsAndCarriesValuesAndMarks() {
    AccessReport report = report(log(use("cust-42", "marketing.email", "ALLOW")));

    String json = AccessReportJson.render(report);

    assertThat(AccessReportJson.parse(json)).isEqualTo(report);
    assertThat(json)
        .contains("\"value\" : \"asthma\"")
        .contains("\"sensitive\" : true")
        .contains("\"generatedAt\" : \"2026-11-23T10:00:00Z\"");
  }

  @Test
  void build_tornAndMalformedDecisionLogLines_skipsAndCountsThemAndSaysTheListMayBeIncomplete() {
    String pseudonym = PSEUDONYMS.pseudonym("cust-42");
    String torn = "{\"subject\":\"" + pseudonym; // a kill -9 of the writer mid-line
    String malformed = "{\"subject\":\"" + pseudonym + "\", \"time\": }";
    String log =
        torn
            + "\n"
            + malformed
            + "\n"
            + log(use("cust-42", "marketing.email", "ALLOW"))
            + "\n{\"other\":";

    AccessReport report = report(log);

    assertThat(report.uses())
        .extracting(DecisionRecord::purpose)
        .containsExactly("marketing.email");
    assertThat(report.unreadableLogLines()).isEqualTo(3);
    assertThat(AccessReportHtml.render(report))
        .contains("3 entries of our usage records could not be read");
  }

  @Test
  void build_categoryTheModelDoesNotDeclare_isMarkedSensitiveToBeSafe() {
    crm.put("cust-42", "c-2", Map.of("biometric.face", "face-template-7"), Map.of());

    AccessReport report = report("");

    assertThat(report.holdings().get(0).items())
        .filteredOn(v -> v.category().equals("biometric.face"))
        .singleElement()
        .satisfies(v -> assertThat(v.sensitive()).isTrue());
  }
}
