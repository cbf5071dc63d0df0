package dev.proviso.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.UnknownNameException;
import dev.proviso.guard.Fixtures.Customer;
import dev.proviso.log.DecisionEvent;
import dev.proviso.log.DecisionRecord;
import dev.proviso.log.SubjectPseudonymizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a guard hands its decision log: component, obligations as applied, refusals, no raw id. */
class DecisionRecordV2Test {
  private static final String RAW_ID = "cust-v2-secret-9981";
  private static final SubjectPseudonymizer KEY =
      new SubjectPseudonymizer(ShopPolicy.KEY_TEXT.getBytes(StandardCharsets.UTF_8));

  private final Policy policy = Policy.from(ShopPolicy.model(1));
  private final List<DecisionEvent> logged = new ArrayList<>();
  private final Guard guard =
      Guard.builder(() -> policy).decisionLog(logged::add).component("crm-export").build();
  private final Subject alice = Subject.builder(RAW_ID).set("region", "US").build();

  @Test
  void check_maskedUse_recordsComponentAndTheObligationAsApplied() {
    guard.check(alice, "marketing.email", "contact.phone");

    DecisionEvent event = logged.get(0);
    assertThat(event.component()).isEqualTo("crm-export");
    assertThat(event.obligations()).containsExactly("mask(contact.phone)");
    assertThat(event.refusal()).isEmpty();
    DecisionRecord record = event.toRecord(event.subject().pseudonym(KEY));
    assertThat(record.schema()).isEqualTo(DecisionRecord.SCHEMA).isEqualTo(2);
    assertThat(record.subject()).isEqualTo(KEY.pseudonym(RAW_ID));
  }

  @Test
  void check_useWithheldByNotBefore_recordsOnlyTheNotBeforeWithItsInstant() {
    assertThatThrownBy(() -> guard.check(alice, "marketing.email.later", "contact.email"))
        .isInstanceOf(UndischargedObligationException.class);

    DecisionEvent event = logged.get(0);
    assertThat(event.obligations()).containsExactly("not_before(2999-01-01T00:00:00Z)");
    assertThat(event.refusal()).startsWith("refused: [contact.email] for marketing.email.later");
  }

  @Test
  void decide_unknownPurpose_isRefusedAndRecordedWithTheReason() {
    assertThatThrownBy(() -> guard.decide(alice, "marketing.emial", "contact.email"))
        .isInstanceOf(UnknownNameException.class);

    assertThat(logged).hasSize(1);
    DecisionEvent event = logged.get(0);
    assertThat(event.outcome()).isEqualTo("DENY");
    assertThat(event.purpose()).isEqualTo("marketing.emial");
    assertThat(event.categories()).containsExactly("contact.email");
    assertThat(event.refusal()).contains("marketing.emial").contains("did you mean");
    assertThat(event.policy()).isEqualTo("shop");
    assertThat(event.component()).isEqualTo("crm-export");
  }

  @Test
  void scope_unknownPurpose_isRecorded() {
    assertThatThrownBy(() -> guard.scope(alice, "analytix"))
        .isInstanceOf(UnknownNameException.class);

    assertThat(logged).singleElement().satisfies(e -> assertThat(e.refusal()).contains("analytix"));
  }

  record Misnamed(@DataCategory("contact.emial") String email) {}

  @Test
  void filter_classWithUnknownCategory_isRefusedAndRecorded() {
    assertThatThrownBy(() -> guard.filter(alice, "fulfilment", new Misnamed("a@example.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contact.emial");

    assertThat(logged).singleElement();
    assertThat(logged.get(0).categories()).containsExactly("contact.emial");
    assertThat(logged.get(0).refusal()).contains("contact.emial").doesNotContain("a@example.com");
  }

  @Test
  void everyEventOfTheRun_showsNoRawSubjectId() {
    guard.filter(
        alice, "marketing.email", new Customer(RAW_ID, "a@x.io", "+44 7700 900123", "", 1));
    guard.decide(alice, "analytics", "contact.email");
    try {
      guard.decide(alice, "nope", "contact.email");
    } catch (UnknownNameException expected) {
      // recorded as a refusal
    }

    assertThat(logged).hasSizeGreaterThanOrEqualTo(3);
    for (DecisionEvent event : logged) {
      assertThat(event.toString()).doesNotContain(RAW_ID);
      assertThat(event.subject().toString()).doesNotContain(RAW_ID);
      assertThat(event.toRecord(event.subject().pseudonym(KEY)).toString()).doesNotContain(RAW_ID);
    }
  }
}
