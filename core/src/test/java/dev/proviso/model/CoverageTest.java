package dev.proviso.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageTest {

  @ParameterizedTest(name = "{0} on {1} covers a request for {2}: {3}")
  @CsvSource({
    "ALLOW, contact, contact, true",
    "ALLOW, contact, contact.email, true",
    "ALLOW, contact, contact.email.work, true",
    "ALLOW, contact.email, contact, false",
    "ALLOW, contact.email, contact.phone, false",
    "ALLOW, contact, contacts, false",
    "ALLOW, contact, contactless.card, false",
    "ALLOW, con, contact, false",
    "DENY, contact, contact.email, true",
    "DENY, contact.email, contact, true",
    "DENY, contact.email.work, contact, true",
    "DENY, contact.email, contact.email, true",
    "DENY, contact.email, contact.phone, false",
    "DENY, contact.email, contacts, false",
    "DENY, contacts, contact, false",
  })
  void covers_categoryTable_followsSemanticsRule2(
      Effect effect, String named, String requested, boolean covered) {
    assertThat(Coverage.covers(effect, named, requested)).isEqualTo(covered);
  }

  @ParameterizedTest(name = "a rule on {0} covers the purpose {1}: {2}")
  @CsvSource({
    "marketing, marketing, true",
    "marketing, marketing.email, true",
    "marketing.email, marketing, false",
    "marketing, marketingx, false",
    "marketing.email, marketing.retargeting, false",
  })
  void coversPurpose_table_coversItselfAndSubPurposesOnly(
      String named, String requested, boolean covered) {
    assertThat(Coverage.coversPurpose(named, requested)).isEqualTo(covered);
    assertThat(Coverage.coversPurpose(Selection.of(named), requested)).isEqualTo(covered);
  }

  @Test
  void covers_selections_anyCoversEverythingAndAListCoversWhatAnyNameCovers() {
    assertThat(Coverage.covers(Effect.ALLOW, Selection.ANY, "health.condition")).isTrue();
    assertThat(Coverage.coversPurpose(Selection.ANY, "legal.tax_records")).isTrue();
    Selection two = Selection.of("contact.email", "financial");
    assertThat(Coverage.covers(Effect.ALLOW, two, "financial.invoice")).isTrue();
    assertThat(Coverage.covers(Effect.ALLOW, two, "contact")).isFalse();
    assertThat(Coverage.covers(Effect.DENY, two, "contact")).isTrue();
    assertThat(Coverage.covers(Effect.DENY, two, "behavior")).isFalse();
  }
}
