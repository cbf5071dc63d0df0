package dev.proviso.examples.shop;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.proviso.Policy;
import dev.proviso.PurposeViolationException;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.access.AccessReport;
import dev.proviso.access.AccessReportBuilder;
import dev.proviso.access.customer.CustomerReport;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentLedger;
import dev.proviso.consent.ConsentView;
import dev.proviso.dsl.CompilationResult;
import dev.proviso.erasure.DataSystem;
import dev.proviso.erasure.ErasureCoordinator;
import dev.proviso.erasure.ErasureReceipt;
import dev.proviso.erasure.InMemoryDataSystem;
import dev.proviso.erasure.ItemOrigin;
import dev.proviso.erasure.RetentionPlanner;
import dev.proviso.guard.Guard;
import dev.proviso.guard.PurposeScope;
import dev.proviso.jackson.AccessReportJson;
import dev.proviso.jackson.DecisionLogCodec;
import dev.proviso.jackson.ErasureReceiptJson;
import dev.proviso.jackson.ProvisoModule;
import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.jdbc.JdbcErasureJournal;
import dev.proviso.jdbc.JdbcTableDataSystem;
import dev.proviso.log.AsyncDecisionLogWriter;
import dev.proviso.log.SubjectPseudonymizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The Proviso demo: an online shop on embedded H2 asks, before each use of customer data, whether
 * the use is allowed — under GDPR, CCPA and its own house rules — then honours a customer's
 * consent, her request to be forgotten, and her request to see what is held about her.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java}.
 */
public final class ShopDemo {
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  /**
   * Anna asks to be forgotten an hour after the other scenes, so her report can tell them apart.
   */
  static final Instant LATER = NOW.plus(Duration.ofHours(1));

  static final ZoneId ANNA_ZONE = ZoneId.of("Europe/Berlin");
  private static final byte[] LOG_KEY =
      "demo-key-change-me-in-production".getBytes(StandardCharsets.UTF_8);

  private final Console console;
  private final Path out;

  ShopDemo(Console console, Path out) {
    this.console = console;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/proviso-demo").toAbsolutePath();
    new ShopDemo(new Console(System.out), out).run();
  }

  void run() throws Exception {
    Files.createDirectories(out);
    Path logFile = out.resolve("decisions.jsonl");
    Files.deleteIfExists(logFile);

    console.scene("1. The policy");
    CompilationResult compiled = ShopPolicy.compile();
    Policy policy = Policy.from(compiled.modelOrThrow());
    console.say(
        "compiled '%s' version %d (%s), %d rules, %d warnings"
            .formatted(
                policy.name(),
                policy.version(),
                policy.contentHash().substring(0, 12),
                policy.model().rules().size(),
                compiled.diagnostics().size()));
    if (!compiled.diagnostics().isEmpty()) {
      console.say(compiled.render());
    }

    DataSource db = ShopDatabase.start();
    ConsentLedger ledger = JdbcConsentLedger.create(db);
    JdbcErasureJournal journal = JdbcErasureJournal.create(db);
    ConsentView consents = ledger.view(journal);
    SubjectPseudonymizer pseudonyms = new SubjectPseudonymizer(LOG_KEY);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    Clock later = Clock.fixed(LATER, ZoneOffset.UTC);

    InMemoryDataSystem analytics = webAnalytics();
    List<DataSystem> systems =
        List.of(
            new JdbcTableDataSystem("crm", db, ShopDatabase.crm()),
            new JdbcTableDataSystem("mailing", db, ShopDatabase.mailingList()),
            new JdbcTableDataSystem("invoicing", db, ShopDatabase.invoices()),
            analytics);
    ErasureCoordinator coordinator =
        new ErasureCoordinator(journal, () -> RetentionPlanner.of(policy.model()), systems, later);

    try (AsyncDecisionLogWriter log =
        AsyncDecisionLogWriter.toFile(logFile, DecisionLogCodec.JSON_LINES, pseudonyms, 10_000)) {
      Guard.Builder guards =
          Guard.builder(() -> policy).consents(consents).decisionLog(log).pseudonymizer(pseudonyms);
      Guard guard = guards.clock(clock).build();
      Subject anna =
          Subject.builder("anna")
              .set("region", "EU")
              .set("age", 34)
              .set("identified", true)
              .build();
      AccessReportBuilder reports =
          AccessReportBuilder.forPolicy(policy, consents)
              .systems(systems)
              .consentLedger(ledger)
              .decisionLog(logFile, DecisionLogCodec.JSON_LINES, pseudonyms)
              .flushing(log) // the guards write asynchronously; the report sees every use
              .erasures(coordinator::receiptsOf)
              .retention(() -> RetentionPlanner.of(policy.model()))
              .clock(clock);

      consentScene(guard, ledger, anna);
      childrenAndCaliforniaScene(guard, ledger);
      creepyScene(guard, anna);
      filteringScene(guard, anna);
      accessReportScene(reports, anna, ledger);
      erasureScene(policy, guards.clock(later).build(), coordinator, analytics, anna);
      afterErasureScene(reports.clock(later), anna);
      String raw = Files.readString(logFile);
      console.say(
          "decision log: %d lines, raw id 'anna' present: %s"
              .formatted(raw.lines().count(), raw.contains("\"anna\"")));
    }
    console.scene("Done");
    console.say("Everything the demo wrote is in " + out);
  }

  /** Website analytics: pages anna visited, and a spending-power score a model inferred. */
  private static InMemoryDataSystem webAnalytics() {
    InMemoryDataSystem analytics = new InMemoryDataSystem("web-analytics");
    analytics.put(
        "anna", "session-77", Map.of("behavior.browsing", "/shoes /shoes/trail"), Map.of());
    analytics.origin(
        "anna",
        "session-77",
        "behavior.browsing",
        ItemOrigin.observed("your visits to our website", Instant.parse("2026-11-19T18:40:00Z")));
    analytics.put("anna", "score-1", Map.of("inferred.affluence", "high"), Map.of());
    analytics.origin(
        "anna",
        "score-1",
        "inferred.affluence",
        ItemOrigin.inferred(
            "your purchases", "affluence model v2", Instant.parse("2026-11-20T03:00:00Z")));
    return analytics;
  }

  private void consentScene(Guard guard, ConsentLedger ledger, Subject anna) {
    console.scene("2. Consent: Anna (EU, 34) and the newsletter");
    console.decision(
        "newsletter to anna, no consent recorded",
        guard.decide(anna, "marketing.email", "contact.email"));
    ledger.append(
        ConsentEvent.given(
            "anna", "marketing.email", NOW.minus(Duration.ofDays(3)), "web-form", "acme-shop v3"));
    console.decision(
        "newsletter to anna, after she ticked the box 3 days ago",
        guard.decide(anna, "marketing.email", "contact.email"));
    console.decision(
        "ship anna's order (email, postal address, card)",
        guard.decide(
            anna, "fulfilment", "contact.email", "contact.postal_address", "financial.card"));
  }

  private void childrenAndCaliforniaScene(Guard guard, ConsentLedger ledger) {
    console.scene("3. Several regimes: a 15-year-old in Germany, a Californian who opted out");
    Subject lukas = Subject.builder("lukas").set("region", "EU").set("age", 15).build();
    ledger.append(ConsentEvent.given("lukas", "marketing.email", NOW, "web-form", "acme-shop v3"));
    console.decision(
        "newsletter to lukas (15), consent given",
        guard.decide(lukas, "marketing.email", "contact.email"));

    Subject ben =
        Subject.builder("ben")
            .set("region", "US-CA")
            .set("age", 41)
            .set("identified", true)
            .build();
    Policy policy = guard.policy();
    Request retarget =
        Request.builder(ben, policy.purpose("marketing.retargeting"))
            .category(policy.category("behavior.cart"))
            .at(NOW)
            .event("cart_abandoned", NOW.minus(Duration.ofHours(30)))
            .context("offer", "free delivery")
            .build();
    console.decision(
        "retarget ben's abandoned cart (30h ago, with an offer)", guard.decide(retarget));
    ledger.append(
        ConsentEvent.of(
            "ben",
            dev.proviso.consent.ConsentEventKind.OPTED_OUT,
            "sale_or_share",
            NOW.minus(Duration.ofHours(1)),
            "gpc-signal",
            "acme-shop v3"));
    console.decision("... after ben opted out of sale or sharing", guard.decide(retarget));
  }

  private void creepyScene(Guard guard, Subject anna) {
    console.scene("4. CAN is not SHOULD: house rules against creepy uses");
    Policy policy = guard.policy();
    Request tooSoon =
        Request.builder(anna, policy.purpose("marketing.retargeting"))
            .category(policy.category("behavior.cart"))
            .at(NOW)
            .event("cart_abandoned", NOW.minus(Duration.ofMinutes(5)))
            .build();
    console.decision("retarget anna 5 minutes after she left, no offer", guard.decide(tooSoon));
    Request personalise =
        Request.builder(anna, policy.purpose("marketing.personalization"))
            .category(policy.category("inferred.pregnancy"))
            .at(NOW)
            .context("channel", "app")
            .build();
    console.decision("personalise offers from an inferred pregnancy", guard.decide(personalise));
    console.decision(
        "upload anna's phone contacts for fulfilment",
        guard.decide(anna, "fulfilment", "device.contact_list"));
  }

  private void filteringScene(Guard guard, Subject anna) throws Exception {
    console.scene("5. Guards: one customer object, two purposes");
    Customer customer =
        new Customer(
            "anna",
            "anna@example.eu",
            "+49 30 1234567",
            "Unter den Linden 1, Berlin",
            "running shoes",
            "high");
    ObjectMapper json = new ObjectMapper().registerModule(new ProvisoModule());
    for (String purpose : List.of("fulfilment", "marketing.email")) {
      try (PurposeScope scope = guard.scope(anna, purpose)) {
        console.say("%-16s %s".formatted(purpose, json.writeValueAsString(customer)));
      }
    }
    CustomerDirectory directory =
        guard.repository(CustomerDirectory.class, new CustomerDirectory.InMemory(customer));
    console.say("help desk reads anna's phone: " + directory.phoneForSupport(anna));
    try {
      directory.phoneForNewsletter(anna);
    } catch (PurposeViolationException refused) {
      console.say("newsletter reads anna's phone: refused, " + refused.getMessage());
    }
  }

  private void erasureScene(
      Policy policy,
      Guard guard,
      ErasureCoordinator coordinator,
      InMemoryDataSystem analytics,
      Subject anna) {
    console.scene("7. The right to be forgotten, across four systems (one of them down)");
    analytics.setAvailable(false);
    ErasureReceipt first = coordinator.submit("ticket-981", "anna");
    console.say("accepted; pending systems: " + first.pending());
    console.decision(
        "newsletter to anna while web-analytics is still down",
        guard.decide(anna, "marketing.email", "contact.email"));
    analytics.setAvailable(true);
    ErasureReceipt receipt = coordinator.resume("ticket-981");
    console.say("resumed; complete: " + receipt.complete());
    console.say(ErasureReceiptJson.render(receipt));
    Request tax =
        Request.builder(anna, policy.purpose("legal.tax_records"))
            .category(policy.category("financial.invoice"))
            .at(LATER)
            .event("invoice_issued", Instant.parse("2024-11-02T10:15:00Z"))
            .build();
    console.decision("the tax office audits anna's 2024 invoice", guard.decide(tax));
  }

  private void accessReportScene(AccessReportBuilder reports, Subject anna, ConsentLedger ledger)
      throws Exception {
    console.scene("6. Data flows back: anna asks what is held about her");
    AccessReport report = reports.build(anna);
    write("access-report-anna", report, Locale.ENGLISH);
    write("access-report-anna.de", report, Locale.GERMAN);
    console.say("held items: " + report.holdings().stream().mapToInt(s -> s.items().size()).sum());
    console.say("consent events: " + ledger.history("anna").size());
    console.say("uses in the decision log: " + report.uses().size());
    console.say(
        "wrote access-report-anna.html (English), access-report-anna.de.html (German) and"
            + " access-report-anna.json (for the company)");
  }

  private void afterErasureScene(AccessReportBuilder reports, Subject anna) throws Exception {
    console.scene("8. After erasure: what anna's report says now");
    AccessReport report = reports.build(anna);
    write("access-report-anna-erased", report, Locale.ENGLISH);
    console.say(
        "held items: %d, erasure requests: %d"
            .formatted(
                report.holdings().stream().mapToInt(s -> s.items().size()).sum(),
                report.erasures().size()));
    console.say("wrote access-report-anna-erased.html and access-report-anna-erased.json");
  }

  /** The customer's page in {@code locale}, in her time zone, and the company's JSON. */
  private void write(String name, AccessReport report, Locale locale) throws Exception {
    String html =
        CustomerReport.of(report).texts(ShopReportTexts.of(locale)).zone(ANNA_ZONE).render();
    Files.writeString(out.resolve(name + ".html"), html, StandardCharsets.UTF_8);
    if (locale.equals(Locale.ENGLISH)) {
      Files.writeString(
          out.resolve(name + ".json"), AccessReportJson.render(report), StandardCharsets.UTF_8);
    }
  }
}
