package dev.proviso.dsl.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Decision;
import dev.proviso.Outcome;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.ErasureRequests;
import dev.proviso.consent.InMemoryConsentLedger;
import dev.proviso.dsl.PolicyCompiler;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A user's policy with all three packs: the business allows, the packs restrict, strictest wins.
 */
class PackCompositionTest {

  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  private static final Policy SHOP =
      Policy.from(
          PolicyCompiler.compileString(
                  "shop.policy",
                  """
                  policy "shop" version 1
                  import pack "gdpr"
                  import pack "ccpa"
                  import pack "brand"

                  category user.contact.loyalty_id provided
                  purpose marketing.loyalty

                  allow user.contact, user.behavior for essential.service
                  allow user.contact.email for marketing.communications.email
                  allow user.contact.loyalty_id for marketing.loyalty
                  allow user.behavior for third_party_sharing.sale

                  # GDPR Art. 6(1): the basis each use rests on (the gdpr pack requires one)
                  basis contract for essential.service
                  basis consent(marketing) for marketing.communications
                  basis legitimate_interests for marketing.loyalty, third_party_sharing

                  regime gdpr {
                    deny user.contact.loyalty_id for marketing.loyalty when subject.age < 18
                  }
                  """)
              .modelOrThrow());

  private final InMemoryConsentLedger ledger = new InMemoryConsentLedger();

  @Test
  void decide_euCustomerWhoObjected_getsNoMarketingButTheService() {
    Subject anna = subject("anna", Map.of("region", "DE", "age", 30.0, "identified", true));
    optOut("anna", "direct_marketing");

    Decision email = decide(anna, "user.contact.email", "marketing.communications.email", Map.of());

    assertThat(email.outcome()).isEqualTo(Outcome.DENY);
    assertThat(email.ruleIds()).anyMatch(id -> id.startsWith("pack:gdpr:"));
    assertThat(decide(anna, "user.contact.email", "essential.service", Map.of()).allowed())
        .isTrue();
  }

  @Test
  void decide_euCustomer_getsConsentBasedEmailOnlyWithConsentAndNoUseWithoutABasis() {
    Subject emma = subject("emma", Map.of("region", "FR", "age", 30.0, "identified", true));

    Decision before =
        decide(emma, "user.contact.email", "marketing.communications.email", Map.of());
    ledger.append(
        ConsentEvent.of(
            "emma", ConsentEventKind.GIVEN, "marketing", NOW.minusSeconds(60), "form", "1"));
    Decision after = decide(emma, "user.contact.email", "marketing.communications.email", Map.of());

    assertThat(before.outcome()).isEqualTo(Outcome.DENY);
    assertThat(before.explanation().toString()).contains("GDPR Art. 6(1)");
    assertThat(after.allowed()).isTrue();
  }

  @Test
  void decide_californianSendingGpc_isNotSoldButOtherwiseIs() {
    Subject carl = subject("carl", Map.of("region", "US-CA", "age", 40.0, "identified", true));

    assertThat(decide(carl, "user.behavior", "third_party_sharing.sale", Map.of()).allowed())
        .isTrue();
    Decision withGpc =
        decide(carl, "user.behavior", "third_party_sharing.sale", Map.of("gpc", true));
    assertThat(withGpc.outcome()).isEqualTo(Outcome.DENY);
    assertThat(withGpc.ruleIds()).anyMatch(id -> id.startsWith("pack:ccpa:"));
  }

  @Test
  void decide_gpcRecordedAsOptOut_stopsLaterSalesThatCarryNoSignal() {
    Subject cleo = subject("cleo", Map.of("region", "US-CA", "age", 40.0, "identified", true));
    // what docs/packs.md tells the application to do when a request arrives with Sec-GPC: 1
    ledger.append(
        ConsentEvent.of(
            "cleo", ConsentEventKind.OPTED_OUT, "sale_or_share", NOW.minusSeconds(60), "gpc", "1"));

    Decision later = decide(cleo, "user.behavior", "third_party_sharing.sale", Map.of());

    assertThat(later.outcome()).isEqualTo(Outcome.DENY);
    assertThat(later.ruleIds()).anyMatch(id -> id.startsWith("pack:ccpa:"));
  }

  @Test
  void decide_memberStateCodeAndLegacyEu_bothMeetGdprButOnlyTheLegacyValueIsWarnedAbout() {
    optOut("de", "direct_marketing");
    optOut("eu", "direct_marketing");
    Subject german = subject("de", Map.of("region", "DE", "age", 30.0, "identified", true));
    Subject legacy = subject("eu", Map.of("region", "EU", "age", 30.0, "identified", true));

    Decision inGermany =
        decide(german, "user.contact.email", "marketing.communications.email", Map.of());
    Decision inEu =
        decide(legacy, "user.contact.email", "marketing.communications.email", Map.of());

    assertThat(inGermany.outcome()).isEqualTo(Outcome.DENY);
    assertThat(inGermany.advice()).isEmpty();
    assertThat(inEu.outcome()).isEqualTo(Outcome.DENY);
    assertThat(inEu.advice()).singleElement().asString().contains("ISO 3166");
  }

  @Test
  void decide_subjectOfUnknownRegion_meetsTheDeniesOfBothRegimes() {
    Subject una = subject("una", Map.of("age", 30.0, "identified", true));
    optOut("una", "sale_or_share");
    optOut("una", "direct_marketing");

    assertThat(decide(una, "user.behavior", "third_party_sharing.sale", Map.of()).ruleIds())
        .anyMatch(id -> id.startsWith("pack:ccpa:"));
    assertThat(
            decide(una, "user.contact.email", "marketing.communications.email", Map.of()).ruleIds())
        .anyMatch(id -> id.startsWith("pack:gdpr:"));
  }

  @Test
  void decide_visitorWhoNeverLoggedIn_isNotEmailedEvenWhereTheLawWouldAllowIt() {
    Subject visitor = subject("v1", Map.of("region", "US-TX", "age", 30.0, "identified", false));

    Decision email =
        decide(visitor, "user.contact.email", "marketing.communications.email", Map.of());

    assertThat(email.outcome()).isEqualTo(Outcome.DENY);
    assertThat(email.ruleIds()).singleElement().asString().startsWith("pack:brand:");
  }

  @Test
  void decide_userRuleAddedToPackRegime_appliesOnlyUnderThatRegime() {
    Map<String, Object> teen = Map.of("age", 17.0, "identified", true, "parental_consent", true);
    Subject euTeen = subject("t1", with(teen, "region", "EU"));
    Subject txTeen = subject("t2", with(teen, "region", "US-TX"));

    assertThat(decide(euTeen, "user.contact.loyalty_id", "marketing.loyalty", Map.of()).ruleIds())
        .singleElement()
        .asString()
        .startsWith("shop.policy:");
    assertThat(decide(txTeen, "user.contact.loyalty_id", "marketing.loyalty", Map.of()).allowed())
        .isTrue();
  }

  private Decision decide(
      Subject subject, String category, String purpose, Map<String, Object> context) {
    Request.Builder request =
        Request.builder(subject, SHOP.purpose(purpose)).category(SHOP.category(category)).at(NOW);
    context.forEach(request::context);
    return SHOP.decide(request.build(), ledger.view(ErasureRequests.NONE));
  }

  private void optOut(String subject, String name) {
    ledger.append(
        ConsentEvent.of(
            subject, ConsentEventKind.OPTED_OUT, name, NOW.minusSeconds(3600), "web", "1"));
  }

  private static Subject subject(String id, Map<String, Object> attributes) {
    return Subject.builder(id).setAll(attributes).build();
  }

  private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
    java.util.HashMap<String, Object> copy = new java.util.HashMap<>(map);
    copy.put(key, value);
    return copy;
  }
}
