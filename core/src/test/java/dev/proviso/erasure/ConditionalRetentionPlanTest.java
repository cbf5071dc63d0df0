package dev.proviso.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentView;
import dev.proviso.model.Conditions;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.PolicyModelBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code retain ... when C} at erasure time: kept only when C holds for the subject's record. */
class ConditionalRetentionPlanTest {
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  private static final Instant ISSUED = Instant.parse("2024-01-01T00:00:00Z");

  private static final Policy POLICY =
      Policy.from(
          PolicyModelBuilder.named("conditional", 1)
              .subject("region", dev.proviso.model.AttributeType.TEXT)
              .category("financial", "invoice")
              .purpose("legal")
              .allow("financial", "legal")
              .retain(
                  "financial.invoice", "legal", new PolicyDuration(6, ChronoUnit.YEARS), "issued")
              .retainedWhen(Conditions.eq(Conditions.subject("region"), Conditions.text("UK")))
              .build());

  private static final Map<String, Subject> DIRECTORY =
      Map.of(
          "uk-1", Subject.builder("uk-1").set("region", "UK").build(),
          "eu-1", Subject.builder("eu-1").set("region", "EU").build());

  private static HeldItem invoice() {
    return new HeldItem(
        "INV-1", "financial.invoice", "v", Map.of("issued", ISSUED), Optional.empty());
  }

  private static RetentionPlanner withDirectory() {
    return RetentionPlanner.of(
        POLICY.model(),
        PolicyRegimes.of(
            POLICY,
            id -> Optional.ofNullable(DIRECTORY.get(id)),
            ConsentView.NONE,
            Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  @Test
  void plan_conditionHoldsForTheSubject_keepsTheItem() {
    PlannedItem plan = withDirectory().plan("uk-1", invoice(), NOW);

    assertThat(plan.retention())
        .map(Retention::until)
        .contains(Instant.parse("2030-01-01T00:00:00Z"));
  }

  @Test
  void plan_conditionFalseForTheSubject_erasesTheItemWithoutANote() {
    PlannedItem plan = withDirectory().plan("eu-1", invoice(), NOW);

    assertThat(plan.retained()).isFalse();
    assertThat(plan.note()).isEmpty();
  }

  @Test
  void plan_subjectUnknownOrNoDirectory_keepsNothingAndSaysWhy() {
    PlannedItem unknown = withDirectory().plan("gone-1", invoice(), NOW);
    PlannedItem noDirectory = RetentionPlanner.of(POLICY.model()).plan("uk-1", invoice(), NOW);

    assertThat(unknown.retained()).isFalse();
    assertThat(unknown.note()).contains("its condition could not be evaluated");
    assertThat(noDirectory.retained()).isFalse();
    assertThat(noDirectory.note()).contains("its condition could not be evaluated");
  }
}
