package dev.proviso.bench.decide;

import dev.proviso.Category;
import dev.proviso.Policy;
import dev.proviso.Purpose;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.model.ConsentDefinition;
import java.time.Instant;
import java.util.Map;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The shop policy of docs/language.md, compiled by the real compiler, and a realistic mix of
 * requests: an unconditional allow, a default deny, a consent-conditioned allow (GDPR), a deny by
 * region (CCPA opt-out) and a two-category allow with an obligation.
 */
@State(Scope.Benchmark)
public class ShopScenarios {
  static final String POLICY =
      """
      policy "acme-shop" version 3
      subject { region: text, age: number, identified: bool }
      context { channel: text, offer: text }
      category contact provided { email, phone, postal_address }
      category behavior observed { purchases, browsing, cart }
      category inferred derived { pregnancy sensitive, affluence }
      category device { contact_list }
      category financial { invoice, card sensitive }
      purpose fulfilment
      purpose marketing { email, retargeting, personalization, newsletter }
      purpose analytics
      purpose legal { tax_records }
      consent newsletter for marketing.newsletter valid 24 months

      allow contact, financial for fulfilment
      allow contact.email for marketing.email with audit
      allow behavior for analytics with pseudonymize(contact)
      allow behavior.purchases, inferred.affluence for marketing.personalization
        when context.channel in ["web", "app"]
      allow behavior.cart for marketing.retargeting with not_before(event.cart_abandoned + 24h)
      allow contact.email for marketing.newsletter when consent(newsletter)

      regime gdpr applies when subject.region in ["EU", "EEA"] {
        require consent(marketing.email) to use contact.email for marketing.email
        deny any for marketing when subject.age < 16
      }
      regime ccpa applies when subject.region == "US-CA" {
        deny any for marketing when opted_out(sale_or_share)
      }
      regime brand {
        deny inferred.pregnancy for marketing because "no marketing on inferred health traits"
        deny device.contact_list for any because "we never harvest address books"
      }
      """;

  public Policy policy;
  public ConsentView consents;
  public Request unconditionalAllow;
  public Request defaultDeny;
  public Request consentConditioned;
  public Request regimeByRegion;
  public Request multiCategory;
  public Request[] mix;

  /** Not in the mix: an allow with a per-request not_before instant (general path). */
  public Request notBefore;

  /** Not in the mix: a subject without a region, so GDPR applies by error (general path). */
  public Request missingAttribute;

  /** Not in the mix: GDPR's require denies, the subject's consent was WITHDRAWN (purpose-keyed). */
  public Request consentWithdrawn;

  /** Not in the mix: a default deny, the declared consent {@code newsletter} was WITHDRAWN. */
  public Request declaredConsentWithdrawn;

  public Handles ids;

  /** The dense ids a hand-written baseline would use as constants. */
  public record Handles(
      int email,
      int phone,
      int cart,
      int purchases,
      int fulfilment,
      int marketingEmail,
      int analytics) {}

  @Setup
  public void setUp() {
    policy = Policy.from(PolicyCompiler.compileString("shop.policy", POLICY).modelOrThrow());
    Instant now = Instant.parse("2026-11-23T12:00:00Z");
    Subject us = Subject.builder("us-1").set("region", "US-NY").set("age", 30).build();
    Subject eu = Subject.builder("eu-1").set("region", "EU").set("age", 30).build();
    Subject ca = Subject.builder("ca-1").set("region", "US-CA").set("age", 40).build();
    Subject euWithdrawn = Subject.builder("eu-2").set("region", "EU").set("age", 30).build();
    consents =
        new MapConsents(
            Map.of("eu-1", ConsentState.GIVEN, "eu-2", ConsentState.WITHDRAWN),
            Map.of("ca-1", true),
            Map.of(
                "eu-2",
                ConsentEvent.forConsent(
                    "eu-2",
                    ConsentEventKind.WITHDRAWN,
                    "newsletter",
                    now.minusSeconds(86_400),
                    "bench",
                    "v3")));
    Category email = policy.category("contact.email");
    Purpose fulfilment = policy.purpose("fulfilment");
    Purpose marketingEmail = policy.purpose("marketing.email");
    Purpose analytics = policy.purpose("analytics");
    unconditionalAllow = Request.of(us, email, fulfilment, now);
    defaultDeny = Request.of(us, policy.category("contact.phone"), analytics, now);
    consentConditioned = Request.of(eu, email, marketingEmail, now);
    regimeByRegion = Request.of(ca, email, marketingEmail, now);
    multiCategory =
        Request.builder(us, analytics)
            .category(policy.category("behavior.cart"))
            .category(policy.category("behavior.purchases"))
            .at(now)
            .build();
    notBefore =
        Request.builder(us, policy.purpose("marketing.retargeting"))
            .category(policy.category("behavior.cart"))
            .at(now)
            .event("cart_abandoned", now.minusSeconds(3 * 3600))
            .build();
    Subject unknown = Subject.builder("x-1").set("age", 30).build();
    missingAttribute = Request.of(unknown, email, marketingEmail, now);
    consentWithdrawn = Request.of(euWithdrawn, email, marketingEmail, now);
    declaredConsentWithdrawn =
        Request.of(euWithdrawn, email, policy.purpose("marketing.newsletter"), now);
    mix =
        new Request[] {
          unconditionalAllow, defaultDeny, consentConditioned, regimeByRegion, multiCategory
        };
    ids =
        new Handles(
            email.id(),
            policy.category("contact.phone").id(),
            policy.category("behavior.cart").id(),
            policy.category("behavior.purchases").id(),
            fulfilment.id(),
            marketingEmail.id(),
            analytics.id());
    check();
  }

  /** The benchmark is only meaningful if the engine gives the expected answers. */
  private void check() {
    boolean[] expected = {true, false, true, false, true};
    for (int i = 0; i < mix.length; i++) {
      if (policy.decide(mix[i], consents).allowed() != expected[i]) {
        throw new IllegalStateException("unexpected decision for " + mix[i]);
      }
    }
    String withdrawn = policy.decide(consentWithdrawn, consents).explanation().toString();
    String declared = policy.decide(declaredConsentWithdrawn, consents).explanation().toString();
    if (!withdrawn.contains("is WITHDRAWN") || !declared.contains("is WITHDRAWN (since")) {
      throw new IllegalStateException("the consent denies do not name the state:\n" + declared);
    }
  }

  /** A consent view over maps, allocation-free like a warm cache in front of the ledger. */
  record MapConsents(
      Map<String, ConsentState> emailConsent,
      Map<String, Boolean> optOuts,
      Map<String, ConsentEvent> newsletter)
      implements ConsentView {
    @Override
    public ConsentEvent decidingConsent(String subjectId, ConsentDefinition consent, Instant at) {
      return newsletter.get(subjectId);
    }

    @Override
    public ConsentState consent(String subjectId, String purpose, Instant at) {
      ConsentState state = emailConsent.get(subjectId);
      return state == null ? ConsentState.UNKNOWN : state;
    }

    @Override
    public boolean optedOut(String subjectId, String name, Instant at) {
      return optOuts.containsKey(subjectId);
    }

    @Override
    public boolean erasureRequested(String subjectId, Instant at) {
      return false;
    }
  }
}
