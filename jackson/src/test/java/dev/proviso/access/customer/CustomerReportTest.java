package dev.proviso.access.customer;

import static dev.proviso.model.Conditions.consent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.access.AccessReport;
import dev.proviso.access.AccessReportBuilder;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.InMemoryConsentLedger;
import dev.proviso.erasure.ErasureCoordinator;
import dev.proviso.erasure.InMemoryDataSystem;
import dev.proviso.erasure.InMemoryErasureJournal;
import dev.proviso.erasure.ItemOrigin;
import dev.proviso.erasure.RetentionPlanner;
import dev.proviso.jackson.AccessReportJson;
import dev.proviso.jackson.DecisionLogCodec;
import dev.proviso.log.DecisionRecord;
import dev.proviso.log.SubjectPseudonymizer;
import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.PolicyModelBuilder;
import dev.proviso.model.Provenance;
import dev.proviso.model.RetentionDefinition;
import dev.proviso.model.Selection;
import dev.proviso.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The customer's view of an access report: words, groups, dates and sections a person reads. */
class CustomerReportTest {
  static final Instant NOW = Instant.parse("2026-11-23T23:30:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final SubjectPseudonymizer PSEUDONYMS =
      new SubjectPseudonymizer("0123456789abcdef".getBytes(StandardCharsets.UTF_8));
  static final String NO_INFERRED_MARKETING = "brand-no-inferred-marketing";
  static final String TAX = "tax-retention";

  static final PolicyModel MODEL = model();

  final InMemoryDataSystem crm = new InMemoryDataSystem("crm");
  final InMemoryDataSystem analytics = new InMemoryDataSystem("web-analytics");
  final InMemoryDataSystem invoicing = new InMemoryDataSystem("invoicing");
  final InMemoryConsentLedger ledger = new InMemoryConsentLedger(CLOCK);
  final List<DecisionRecord> log = new ArrayList<>();

  CustomerReportTest() {
    crm.put(
        "cust-42",
        "c-1",
        Map.of("contact.email", "ann@example.eu", "contact.postal_address", "Main St 1"),
        Map.of());
    analytics.put("cust-42", "score-7", Map.of("inferred.affluence", "high"), Map.of());
    analytics.origin(
        "cust-42",
        "score-7",
        "inferred.affluence",
        ItemOrigin.inferred("your purchases", "affluence model v2", at("2026-11-03T09:00:00Z")));
    invoicing.put(
        "cust-42",
        "INV-1",
        Map.of("financial.invoice", "EUR 120.00"),
        Map.of("invoice_issued", at("2020-03-01T00:00:00Z")));
    ledger.append(
        ConsentEvent.given(
            "cust-42", "marketing.email", at("2026-10-01T08:00:00Z"), "web-form", "acme v3"));
  }

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  private static PolicyModel model() {
    PolicyModel built =
        PolicyModelBuilder.named("acme-shop", 3)
            .category("contact", "email", "postal_address")
            .category("inferred", "affluence")
            .category("financial", "invoice")
            .purpose("fulfilment")
            .purpose("marketing", "email", "personalization")
            .purpose("analytics")
            .purpose("legal", "tax_records")
            .allow("contact, financial", "fulfilment")
            .because("we need them to deliver and bill your orders")
            .allow("contact.email", "marketing.email")
            .allow("inferred", "analytics")
            .with(new ObligationDefinition.Pseudonymize("contact"))
            .allow("financial.invoice", "legal.tax_records")
            .regime("gdpr")
            .require(consent("marketing.email"), "contact.email", "marketing.email")
            .because("direct marketing by email needs consent")
            .regime("brand")
            .deny("inferred", "marketing")
            .because("no marketing on inferred traits")
            .named(NO_INFERRED_MARKETING)
            .build();
    List<CategoryDefinition> categories =
        built.categories().stream()
            .map(
                c ->
                    new CategoryDefinition(
                        c.path(),
                        c.sensitive(),
                        c.path().startsWith("contact") ? Provenance.PROVIDED : c.provenance(),
                        c.path().equals("contact.email")
                            ? Optional.of("The email address we write to.")
                            : c.description(),
                        c.location()))
            .toList();
    RetentionDefinition tax =
        new RetentionDefinition(
            TAX,
            Optional.of("gdpr"),
            Selection.of("financial.invoice"),
            "legal.tax_records",
            new PolicyDuration(10, ChronoUnit.YEARS),
            "invoice_issued",
            Optional.of("tax law keeps invoices for ten years"),
            SourceLocation.UNKNOWN);
    return new PolicyModel(
        built.name(),
        built.version(),
        built.contentHash(),
        categories,
        built.purposes(),
        built.subjectAttributes(),
        built.contextAttributes(),
        built.regimes(),
        built.rules(),
        List.of(tax),
        built.tests());
  }

  private void used(String at, String purpose, String outcome, String rule, String... data) {
    log.add(
        new DecisionRecord(
            Instant.parse(at),
            PSEUDONYMS.pseudonym("cust-42"),
            List.of(data),
            purpose,
            outcome,
            rule == null ? List.of() : List.of(rule),
            "acme-shop",
            3,
            "ab12",
            List.of()));
  }

  private String ruleOf(String purpose) {
    return MODEL.rules().stream()
        .filter(r -> r.purposes().toString().contains(purpose) && r.regime().isEmpty())
        .findFirst()
        .orElseThrow()
        .id();
  }

  private AccessReport report(List<ErasureCoordinator> erasure) {
    String lines =
        log.stream().map(DecisionLogCodec.JSON_LINES::encode).collect(Collectors.joining("\n"));
    AccessReportBuilder builder =
        AccessReportBuilder.forPolicy(
                Policy.from(MODEL), ledger.view(dev.proviso.consent.ErasureRequests.NONE))
            .systems(List.of(crm, analytics, invoicing))
            .consentLedger(ledger)
            .decisionLog(() -> new StringReader(lines), DecisionLogCodec.JSON_LINES, PSEUDONYMS)
            .clock(CLOCK);
    erasure.forEach(c -> builder.erasures(c::receiptsOf));
    return builder.build(Subject.of("cust-42"));
  }

  private static String text(CustomerView view, String section) {
    CustomerView.Section s = view.section(section).orElseThrow();
    StringBuilder out = new StringBuilder(s.heading()).append('\n');
    s.paragraphs().forEach(p -> out.append(p).append('\n'));
    for (CustomerView.Group g : s.groups()) {
      out.append(g.heading()).append('\n').append(g.description()).append('\n');
      for (CustomerView.Entry e : g.entries()) {
        out.append(e.title());
        e.badges().forEach(b -> out.append(" [").append(b.text()).append(']'));
        out.append('\n');
        e.fields().forEach(f -> out.append(f.label()).append(": ").append(f.value()).append('\n'));
        e.notes().forEach(n -> out.append(n).append('\n'));
      }
    }
    return out.toString().replace('\u202f', ' '); // JDK 20+ puts a narrow space before AM/PM
  }

  @Test
  void view_heldItems_showLabelsDescriptionsAndWhereEachCameFrom() {
    CustomerView view =
        CustomerReport.of(report(List.of()))
            .texts(ReportTexts.of(Locale.ENGLISH).with(Map.of("system.crm", "Customer account")))
            .view();

    String held = text(view, "held");
    assertThat(view.section("held").orElseThrow().groups())
        .extracting(CustomerView.Group::heading)
        .containsExactly("Customer account", "Web analytics", "Invoicing");
    assertThat(held)
        .contains(
            "Email\nValue: ann@example.eu\nRecord: c-1\nWhere it came from: You gave it to us.")
        .contains("The email address we write to.")
        .contains("Postal address")
        .contains(
            "Affluence [inferred]\nValue: high\nRecord: score-7\nWhere it came from: We inferred"
                + " it from your purchases using affluence model v2 on November 3, 2026.")
        .contains("Invoice\nValue: EUR 120.00");
  }

  @Test
  void view_anyReport_namesNoRuleIdDottedNameOrCustomerId() {
    used(
        "2026-11-20T10:00:00Z",
        "marketing.personalization",
        "DENY",
        NO_INFERRED_MARKETING,
        "inferred.affluence");
    used(
        "2026-11-21T10:00:00Z",
        "marketing.email",
        "ALLOW",
        ruleOf("marketing.email"),
        "contact.email");

    String html = CustomerReport.of(report(List.of())).render();

    assertThat(html)
        .doesNotContain(NO_INFERRED_MARKETING)
        .doesNotContain(TAX)
        .doesNotContain("cust-42")
        .doesNotContain("contact.email")
        .doesNotContain("marketing.email")
        .doesNotContain("legal.tax_records")
        .doesNotContain("gdpr");
  }

  @Test
  void view_uses_areGroupedByPurposeAndDataWithCountsFirstLastAndBasis() {
    used(
        "2026-11-01T10:00:00Z",
        "marketing.email",
        "ALLOW",
        ruleOf("marketing.email"),
        "contact.email");
    used(
        "2026-11-08T10:00:00Z",
        "marketing.email",
        "ALLOW",
        ruleOf("marketing.email"),
        "contact.email");
    used(
        "2026-11-15T10:00:00Z",
        "marketing.email",
        "ALLOW",
        ruleOf("marketing.email"),
        "contact.email");
    used(
        "2026-11-02T12:00:00Z",
        "fulfilment",
        "ALLOW",
        ruleOf("fulfilment"),
        "contact.postal_address",
        "financial.invoice");
    used("2026-11-03T12:00:00Z", "analytics", "ALLOW", ruleOf("analytics"), "inferred.affluence");

    String uses = text(CustomerReport.of(report(List.of())).view(), "uses");

    assertThat(uses)
        .contains(
            "Marketing email\n\nEmail\nHow often: 3 times\nFirst use: November 1, 2026, 10:00"
                + " AM\nLast use: November 15, 2026, 10:00 AM\nBasis: Your consent, given on"
                + " October 1, 2026")
        .contains(
            "Fulfilment\n\nPostal address, Invoice\nHow often: once\nFirst use: November 2, 2026"
                + ", 12:00 PM\nBasis: we need them to deliver and bill your orders")
        .contains("Affluence [pseudonymised]")
        .doesNotContain("refused");
  }

  @Test
  void view_refusedUses_standApartWithTheReasonInPlainWords() {
    used(
        "2026-11-20T10:00:00Z",
        "marketing.personalization",
        "DENY",
        NO_INFERRED_MARKETING,
        "inferred.affluence");
    used(
        "2026-11-21T10:00:00Z",
        "marketing.personalization",
        "DENY",
        NO_INFERRED_MARKETING,
        "inferred.affluence");
    used("2026-11-22T10:00:00Z", "analytics", "DENY", null, "contact.postal_address");

    CustomerView view = CustomerReport.of(report(List.of())).view();

    assertThat(text(view, "refused"))
        .contains(
            "Marketing personalization\nData: Affluence\nHow often: 2 times\nLast attempt:"
                + " November 21, 2026, 10:00 AM\nWhy: no marketing on inferred traits")
        .contains("Analytics\nData: Postal address\nHow often: once")
        .contains("Why: None of our rules allows this use, so we did not carry it out.");
    assertThat(text(view, "uses")).contains("We have no record of any use of your data.");
  }

  @Test
  void view_retention_listsEachKeptRecordWithUntilWhenWhyAndBasis() {
    String retention = text(CustomerReport.of(report(List.of())).view(), "retention");

    assertThat(retention)
        .contains(
            "Invoice\nSystem: Invoicing\nRecord: INV-1\nKept until: March 1, 2030\nUsed only for:"
                + " Legal tax records\nWhy: tax law keeps invoices for ten years\nLegal basis: EU"
                + " General Data Protection Regulation (GDPR)\nIf you ask us to erase your data, we"
                + " still have to keep this until March 1, 2030")
        .contains("Everything else we hold is erased when you ask us to erase your data.");
  }

  @Test
  void view_afterErasureWithAnOutage_showsStatusAttemptsRetainedRecordAndWhatIsKept() {
    used(
        "2026-11-21T10:00:00Z",
        "marketing.email",
        "ALLOW",
        ruleOf("marketing.email"),
        "contact.email");
    ErasureCoordinator coordinator =
        new ErasureCoordinator(
            new InMemoryErasureJournal(),
            RetentionPlanner.of(MODEL),
            List.of(crm, analytics, invoicing),
            CLOCK);
    analytics.setAvailable(false);
    coordinator.submit("ticket-981", "cust-42");
    analytics.setAvailable(true);
    coordinator.resume("ticket-981");

    CustomerView view = CustomerReport.of(report(List.of(coordinator))).view();

    String erasure = text(view, "erasure");
    assertThat(erasure)
        .contains("Request of November 23, 2026")
        .contains("Status [complete]\nReference: ticket-981")
        .contains("Your data has been erased from every system listed")
        .contains("a new customer record will be created")
        .contains("Email erased from Crm [erased]\nItems: 1")
        .contains(
            "Invoice kept in Invoicing [kept for Legal tax records only]\nRecord: INV-1\nUsed only"
                + " for: Legal tax records\nKept until: March 1, 2030\nWhy: tax law keeps"
                + " invoices for ten years\nLegal basis: EU General Data Protection Regulation")
        .contains("Web analytics: attempt 1 on November 23, 2026, 11:30 PM failed");
    assertThat(text(view, "held")).contains("Invoice [kept for Legal tax records only]");
    assertThat(text(view, "retention")).contains("Kept until March 1, 2030, only for this purpose");
    assertThat(text(view, "kept"))
        .contains("Your consent history\nKept as proof of what you agreed to")
        .contains("Records of how your data was used\nKept under a code that does not name you")
        .contains("The records listed under How long we keep your data");
    assertThat(view.sections())
        .extracting(CustomerView.Section::id)
        .containsExactly(
            "held",
            "permitted",
            "uses",
            "refused",
            "retention",
            "consents",
            "erasure",
            "kept",
            "rights");
  }

  @Test
  void view_germanCustomerInBerlin_getsGermanTextsAndDatesInTheirZone() {
    used(
        "2026-11-23T23:10:00Z",
        "marketing.email",
        "ALLOW",
        ruleOf("marketing.email"),
        "contact.email");

    CustomerView view =
        CustomerReport.of(report(List.of()))
            .texts(ReportTexts.of(Locale.GERMAN))
            .zone(ZoneId.of("Europe/Berlin"))
            .view();

    assertThat(view.language()).isEqualTo("de");
    assertThat(view.title()).isEqualTo("Welche Daten wir über Sie speichern");
    assertThat(view.intro().get(0))
        .isEqualTo("Erstellt am 24. November 2026, 00:30. Alle Zeiten: Mitteleuropäische Zeit.");
    assertThat(text(view, "uses"))
        .contains("Wie oft: einmal\nErste Verwendung: 24. November 2026, 00:10")
        .contains("Grundlage: Ihre Einwilligung vom 1. Oktober 2026");
    assertThat(text(view, "held"))
        .contains("Herkunft: Von Ihnen angegeben.")
        .contains("Von uns abgeleitet aus your purchases mit affluence model v2 am 3. November")
        .doesNotContain("The email address we write to."); // English descriptions stay out
    assertThat(text(view, "retention")).contains("Datenschutz-Grundverordnung (DSGVO)");
  }

  @Test
  void texts_applicationTexts_winOverShippedOnesAndTranslateReasons() {
    used(
        "2026-11-20T10:00:00Z",
        "marketing.personalization",
        "DENY",
        NO_INFERRED_MARKETING,
        "inferred.affluence");
    ReportTexts texts =
        ReportTexts.of(Locale.GERMAN)
            .with(
                Map.of(
                    "contact.text",
                    "Schreiben Sie an datenschutz@acme.example.",
                    "because." + NO_INFERRED_MARKETING,
                    "keine Werbung mit abgeleiteten Merkmalen",
                    "category.inferred.affluence",
                    "Kaufkraft",
                    "category.inferred.affluence.description",
                    "Unsere Schätzung Ihrer Kaufkraft.",
                    "origin.your purchases",
                    "Ihren Einkäufen"));

    CustomerView view = CustomerReport.of(report(List.of())).texts(texts).view();

    assertThat(text(view, "rights")).contains("Schreiben Sie an datenschutz@acme.example.");
    assertThat(text(view, "refused"))
        .contains("Daten: Kaufkraft")
        .contains("Warum: keine Werbung mit abgeleiteten Merkmalen");
    assertThat(text(view, "held"))
        .contains("Kaufkraft [abgeleitet]")
        .contains("Unsere Schätzung Ihrer Kaufkraft.")
        .contains("aus Ihren Einkäufen");
  }

  @Test
  void render_replacedTemplate_receivesTheResolvedView() {
    ReportTemplate plain = view -> view.title() + " | " + String.join(",", sectionIds(view));

    String page = CustomerReport.of(report(List.of())).template(plain).render();

    assertThat(page)
        .isEqualTo(
            "What we hold about you | held,permitted,uses,refused,retention,consents,erasure,rights");
  }

  private static List<String> sectionIds(CustomerView view) {
    return view.sections().stream().map(CustomerView.Section::id).toList();
  }

  @Test
  void render_defaultTemplate_isOneSelfContainedPageThatEscapesValues() {
    crm.put("cust-42", "c-2", Map.of("contact.postal_address", "<b>Main St</b> & Co"), Map.of());

    String html = CustomerReport.of(report(List.of())).render();

    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("Content-Security-Policy")
        .contains("&lt;b&gt;Main St&lt;/b&gt; &amp; Co")
        .doesNotContain("<b>Main St</b>");
    assertThat(html.toLowerCase(Locale.ROOT))
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("src=")
        .doesNotContain("http:")
        .doesNotContain("https:");
  }

  @Test
  void json_reportForTheCompany_carriesProvenanceRetentionReceiptsAndTheRulesReasons() {
    used(
        "2026-11-20T10:00:00Z",
        "marketing.personalization",
        "DENY",
        NO_INFERRED_MARKETING,
        "inferred.affluence");
    AccessReport report = report(List.of());

    String json = AccessReportJson.render(report);

    assertThat(AccessReportJson.parse(json)).isEqualTo(report);
    assertThat(json)
        .contains("\"provenance\" : \"DERIVED\"")
        .contains("\"method\" : \"affluence model v2\"")
        .contains("\"because\" : \"tax law keeps invoices for ten years\"")
        .contains("\"id\" : \"" + NO_INFERRED_MARKETING + "\"")
        .contains("\"because\" : \"no marketing on inferred traits\"")
        .contains("\"description\" : \"The email address we write to.\"");
  }

  @Test
  void texts_shippedLanguages_haveTheSameKeys() throws IOException {
    Properties en = shipped("messages.properties");
    Properties de = shipped("messages_de.properties");

    assertThat(de.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
  }

  @Test
  void texts_unknownKey_failsNamingIt() {
    assertThatThrownBy(() -> ReportTexts.of(Locale.ENGLISH).message("no.such.key"))
        .hasMessage("no report text 'no.such.key'");
  }

  @Test
  void texts_localeWithoutShippedTexts_fallsBackToEnglishWhateverTheJvmDefault() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      assertThat(ReportTexts.of(Locale.FRENCH).message("report.title"))
          .isEqualTo("What we hold about you");
    } finally {
      Locale.setDefault(before);
    }
  }

  private static Properties shipped(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ReportTexts.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
