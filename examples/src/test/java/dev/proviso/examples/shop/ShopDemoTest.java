package dev.proviso.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole demo once and checks that every scene tells the story it promises. */
class ShopDemoTest {
  @TempDir static Path out;
  static String printed;

  @BeforeAll
  static void runDemo() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ShopDemo(new Console(new PrintStream(bytes, true, StandardCharsets.UTF_8)), out).run();
    printed = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_policy_compilesWithoutWarnings() {
    assertThat(printed).contains("compiled 'acme-shop' version 3").contains("0 warnings");
  }

  @Test
  void run_newsletter_deniedUntilConsentThenAllowedWithAudit() {
    assertThat(line("newsletter to anna, no consent recorded")).endsWith("DENY");
    assertThat(line("newsletter to anna, after she ticked the box")).endsWith("ALLOW");
    assertThat(printed).contains("obligations: [Audit[]]");
  }

  @Test
  void run_childAndOptedOutCalifornian_areDeniedByTheirRegimes() {
    assertThat(line("newsletter to lukas (15), consent given")).endsWith("DENY");
    assertThat(printed).contains("deny by gdpr.policy:9 (regime gdpr)");
    assertThat(line("... after ben opted out of sale or sharing")).endsWith("DENY");
    assertThat(printed).contains("deny by ccpa.policy:3 (regime ccpa)");
  }

  @Test
  void run_creepyUses_areDeniedByHouseRules() {
    assertThat(line("retarget anna 5 minutes after she left")).endsWith("DENY");
    assertThat(line("personalise offers from an inferred pregnancy")).endsWith("DENY");
    assertThat(line("upload anna's phone contacts")).endsWith("DENY");
    assertThat(printed).contains("we never harvest address books");
  }

  @Test
  void run_guardedSerialisation_showsMarketingOnlyTheEmail() {
    assertThat(line("marketing.email  {")).endsWith("{\"email\":\"anna@example.eu\"}");
    assertThat(line("fulfilment       {")).contains("postalAddress");
  }

  @Test
  void run_guardedRepository_masksThePhoneForSupportAndRefusesTheNewsletter() {
    assertThat(line("help desk reads anna's phone:")).endsWith("************67");
    assertThat(line("newsletter reads anna's phone:"))
        .contains("refused")
        .contains("contact.phone")
        .doesNotContain("+49 30 1234567");
  }

  @Test
  void run_erasure_completesAfterOutageAndKeepsTheInvoiceForTax() {
    assertThat(printed).contains("pending systems: [Pending[system=web-analytics");
    assertThat(line("newsletter to anna while web-analytics is still down")).endsWith("DENY");
    assertThat(printed)
        .contains("resumed; complete: true")
        .contains("\"until\" : \"2034-11-02T10:15:00Z\"");
    assertThat(line("the tax office audits anna's 2024 invoice")).endsWith("ALLOW");
  }

  @Test
  void run_accessReport_showsLabelsNotDottedNamesRuleIdsOrTheCustomerId() throws Exception {
    String html = Files.readString(out.resolve("access-report-anna.html"));

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .doesNotContain("<script")
        .contains("Customer account")
        .contains("Email address")
        .contains("Newsletter by email")
        .doesNotContain("contact.email")
        .doesNotContain("marketing.email")
        .doesNotContain("brand.policy:")
        .doesNotContain("gdpr.policy:")
        .doesNotContain("\"anna\"")
        .doesNotContain("Customer anna");
  }

  @Test
  void run_accessReport_showsTheInferredItemWithItsProvenance() throws Exception {
    String html = Files.readString(out.resolve("access-report-anna.html"));

    assertThat(html)
        .contains("Estimated spending power <span class=\"badge inferred\">inferred</span>")
        .contains(
            "We inferred it from your purchases using affluence model v2 on November 20, 2026.")
        .contains("We observed it from your visits to our website on November 19, 2026.")
        .contains("You gave it to us.");
  }

  @Test
  void run_accessReport_showsRefusedUsesApartWithTheirReasons() throws Exception {
    String html = Files.readString(out.resolve("access-report-anna.html"));
    String refused = section(html, "refused");

    assertThat(refused)
        .contains("None of our rules allows this use") // the guarded object, before the erasure
        .contains("Personal offers")
        .contains("Predicted pregnancy")
        .contains("no marketing on an inferred pregnancy")
        .contains("Contacts on your phone")
        .contains("we never harvest address books");
    assertThat(section(html, "uses"))
        .contains("Newsletter by email")
        .contains("Your consent, given on November 20, 2026")
        .doesNotContain("Predicted pregnancy");
  }

  @Test
  void run_accessReport_showsTheInvoiceRetentionWithItsBasis() throws Exception {
    String before = section(Files.readString(out.resolve("access-report-anna.html")), "retention");
    String after = Files.readString(out.resolve("access-report-anna-erased.html"));

    assertThat(before)
        .contains("INV-2024-118")
        .contains("November 2, 2034")
        .contains("tax law keeps invoices for ten years")
        .contains("EU General Data Protection Regulation (GDPR)");
    assertThat(section(after, "erasure"))
        .contains("Invoice kept in Invoices")
        .contains("Legal basis")
        .contains("EU General Data Protection Regulation (GDPR)")
        .contains("Website analytics: attempt 1");
    assertThat(section(after, "held"))
        .contains("kept for Tax records only")
        .contains("INV-2024-118");
    assertThat(section(after, "kept")).contains("Your consent history");
    assertThat(section(after, "refused"))
        .contains("You had asked us to erase your data on November 23, 2026.");
  }

  @Test
  void run_accessReportInGerman_speaksGermanInAnnasTimeZone() throws Exception {
    String html = Files.readString(out.resolve("access-report-anna.de.html"));

    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"de\">")
        .contains("Welche Daten wir über Sie speichern")
        .contains("Geschätzte Kaufkraft")
        .contains("Von uns abgeleitet aus Ihren Einkäufen mit dem Kaufkraftmodell v2")
        .contains("keine Werbung auf Grundlage einer vorhergesagten Schwangerschaft")
        .contains("Erstellt am 23. November 2026, 11:00"); // 10:00 UTC is 11:00 in Berlin
  }

  @Test
  void run_companyJson_keepsRuleIdsAndTheLogHoldsNoRawId() throws Exception {
    assertThat(Files.readString(out.resolve("access-report-anna.json")))
        .contains("legal.tax_records")
        .contains("\"id\" : \"brand.policy:3\"")
        .contains("\"provenance\" : \"DERIVED\"");
    assertThat(printed).contains("raw id 'anna' present: false");
  }

  private static String section(String html, String id) {
    int start = html.indexOf("<section id=\"" + id + "\"");
    assertThat(start).as("section %s", id).isNotNegative();
    return html.substring(start, html.indexOf("</section>", start));
  }

  private static String line(String start) {
    return printed.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow().strip();
  }
}
