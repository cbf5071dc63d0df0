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
  void run_accessReport_isWrittenAndTheLogHoldsNoRawId() throws Exception {
    String html = Files.readString(out.resolve("access-report-anna.html"));
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .doesNotContain("<script src")
        .contains("INV-2024-118");
    assertThat(Files.readString(out.resolve("access-report-anna.json")))
        .contains("legal.tax_records");
    assertThat(printed).contains("raw id 'anna' present: false");
  }

  private static String line(String start) {
    return printed.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow().strip();
  }
}
