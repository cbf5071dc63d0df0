package dev.proviso.erasure;

import static dev.proviso.erasure.ShopFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.model.PolicyDuration;
import dev.proviso.model.RetentionDefinition;
import dev.proviso.model.Selection;
import dev.proviso.model.SourceLocation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionPlannerTest {

  private static HeldItem item(String category, Map<String, Instant> events) {
    return new HeldItem("k", category, "v", events, Optional.empty());
  }

  @Test
  void plan_invoiceIssuedWithinThePeriod_isRetainedUntilIssuePlusTenYears() {
    PlannedItem plan =
        ShopFixture.PLANNER.plan(
            "cust-42",
            item("financial.invoice", Map.of("invoice_issued", ShopFixture.ISSUED_2020)),
            NOW);

    assertThat(plan.retention())
        .contains(
            new Retention(
                "shop.policy:21",
                "legal.tax_records",
                "tax law requires invoices for 10 years",
                Instant.parse("2030-03-01T00:00:00Z"),
                "",
                "gdpr"));
  }

  @Test
  void plan_invoiceWhosePeriodEnded_isErased() {
    PlannedItem plan =
        ShopFixture.PLANNER.plan(
            "cust-42",
            item("financial.invoice", Map.of("invoice_issued", ShopFixture.ISSUED_2014)),
            NOW);

    assertThat(plan.retained()).isFalse();
    assertThat(plan.note()).isEmpty();
  }

  @Test
  void plan_missingEventInstant_isErasedWithANoteNamingTheRule() {
    PlannedItem plan =
        ShopFixture.PLANNER.plan("cust-42", item("financial.invoice", Map.of()), NOW);

    assertThat(plan.retained()).isFalse();
    assertThat(plan.note()).contains("shop.policy:21").contains("event.invoice_issued");
  }

  @Test
  void plan_categoryOutsideTheRule_isErased() {
    PlannedItem plan =
        ShopFixture.PLANNER.plan(
            "cust-42", item("financial", Map.of("invoice_issued", ShopFixture.ISSUED_2020)), NOW);

    assertThat(plan.retained()).isFalse();
  }

  @Test
  void plan_anyRuleAndLongerRuleBothInForce_longestRetentionKeepsTheItem() {
    RetentionDefinition fraud =
        new RetentionDefinition(
            "shop.policy:30",
            Optional.empty(),
            Selection.ANY,
            "legal.fraud",
            new PolicyDuration(90, ChronoUnit.DAYS),
            "order_placed",
            Optional.empty(),
            SourceLocation.UNKNOWN);
    RetentionPlanner planner = new RetentionPlanner(List.of(fraud, ShopFixture.TAX));
    Map<String, Instant> events =
        Map.of("invoice_issued", ShopFixture.ISSUED_2020, "order_placed", NOW.minusSeconds(60));

    assertThat(
            planner
                .plan("cust-42", item("financial.invoice", events), NOW)
                .retention()
                .orElseThrow()
                .ruleId())
        .isEqualTo("shop.policy:21");
    Retention contact =
        planner.plan("cust-42", item("contact.email", events), NOW).retention().orElseThrow();
    assertThat(contact.purpose()).isEqualTo("legal.fraud");
    assertThat(contact.because()).contains("legal.fraud").contains("90d").contains("order_placed");
  }

  @Test
  void plan_regimeThatDoesNotApplyToTheSubject_retentionIsIgnored() {
    RetentionPlanner onlyUs =
        new RetentionPlanner(List.of(ShopFixture.TAX), (subject, regime) -> !regime.equals("gdpr"));
    HeldItem invoice = item("financial.invoice", Map.of("invoice_issued", ShopFixture.ISSUED_2020));

    assertThat(onlyUs.plan("cust-42", invoice, NOW).retained()).isFalse();
    assertThat(ShopFixture.PLANNER.plan("cust-42", invoice, NOW).retained()).isTrue();
  }

  @Test
  void plan_eventWrittenWithItsPrefix_isFoundUnderTheBareName() {
    RetentionDefinition prefixed =
        new RetentionDefinition(
            "shop.policy:40",
            Optional.empty(),
            Selection.of("financial"),
            "legal.tax_records",
            new PolicyDuration(10, ChronoUnit.YEARS),
            "event.invoice_issued",
            Optional.empty(),
            SourceLocation.UNKNOWN);
    HeldItem invoice = item("financial.invoice", Map.of("invoice_issued", ShopFixture.ISSUED_2020));

    assertThat(new RetentionPlanner(List.of(prefixed)).plan("cust-42", invoice, NOW).retained())
        .isTrue();
  }
}
