package dev.proviso.erasure;

import dev.proviso.model.PolicyDuration;
import dev.proviso.model.RetentionDefinition;
import dev.proviso.model.Selection;
import dev.proviso.model.SourceLocation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A shop with four systems and a ten-year invoice retention, shared by the erasure tests. */
final class ShopFixture {
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Instant ISSUED_2020 = Instant.parse("2020-03-01T00:00:00Z");
  static final Instant ISSUED_2014 = Instant.parse("2014-06-01T00:00:00Z");
  static final String SUBJECT = "cust-42";

  static final RetentionDefinition TAX =
      new RetentionDefinition(
          "shop.policy:21",
          Optional.of("gdpr"),
          Selection.of("financial.invoice"),
          "legal.tax_records",
          new PolicyDuration(10, ChronoUnit.YEARS),
          "invoice_issued",
          Optional.of("tax law requires invoices for 10 years"),
          SourceLocation.UNKNOWN);

  static final RetentionPlanner PLANNER = new RetentionPlanner(List.of(TAX));

  final InMemoryDataSystem crm = new InMemoryDataSystem("crm");
  final InMemoryDataSystem mailer = new InMemoryDataSystem("mailer");
  final InMemoryDataSystem warehouse = new InMemoryDataSystem("warehouse");
  final InMemoryDataSystem invoicing = new InMemoryDataSystem("invoicing");

  ShopFixture() {
    crm.put(SUBJECT, "c-1", Map.of("contact.email", "a@x.eu", "contact.phone", "+49 1"), Map.of());
    crm.put("cust-7", "c-2", Map.of("contact.email", "b@x.eu"), Map.of());
    mailer.put(SUBJECT, "sub-1", Map.of("contact.email", "a@x.eu"), Map.of());
    warehouse.put(SUBJECT, "ev-1", Map.of("behavior.browsing", "/shoes"), Map.of());
    warehouse.put(SUBJECT, "ev-2", Map.of("behavior.purchases", "boots"), Map.of());
    invoicing.put(
        SUBJECT,
        "INV-1",
        Map.of("financial.invoice", "EUR 120.00", "contact.postal_address", "Main St 1"),
        Map.of("invoice_issued", ISSUED_2020));
    invoicing.put(
        SUBJECT,
        "INV-0",
        Map.of("financial.invoice", "EUR 15.00"),
        Map.of("invoice_issued", ISSUED_2014));
  }

  List<DataSystem> systems() {
    return List.of(crm, mailer, warehouse, invoicing);
  }

  ErasureCoordinator coordinator(ErasureJournal journal) {
    return coordinator(journal, CLOCK);
  }

  ErasureCoordinator coordinator(ErasureJournal journal, Clock clock) {
    return new ErasureCoordinator(journal, PLANNER, systems(), clock);
  }
}
