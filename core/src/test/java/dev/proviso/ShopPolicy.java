package dev.proviso;

import static dev.proviso.model.Conditions.*;

import dev.proviso.model.AttributeType;
import dev.proviso.model.Condition.Operator;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.PolicyModelBuilder;
import dev.proviso.model.Value;
import java.time.temporal.ChronoUnit;

/** The example shop policy of docs/language.md, built in code. Rule ids are shop.policy:N. */
final class ShopPolicy {
  static final String ALLOW_FULFILMENT = "shop.policy:1";
  static final String ALLOW_EMAIL = "shop.policy:2";
  static final String ALLOW_ANALYTICS = "shop.policy:3";
  static final String ALLOW_RETARGETING = "shop.policy:4";
  static final String GDPR_CONSENT = "shop.policy:6";
  static final String GDPR_MINORS = "shop.policy:7";
  static final String INVOICE_RETENTION = "shop.policy:8";
  static final String CCPA_OPT_OUT = "shop.policy:10";
  static final String BRAND_INFERRED = "shop.policy:12";
  static final String BRAND_CONTACT_LIST = "shop.policy:13";
  static final String BRAND_RETARGETING = "shop.policy:14";
  static final String BRAND_PERSONALIZATION = "shop.policy:15";
  static final String ALLOW_PERSONALIZATION = "shop.policy:16";

  private ShopPolicy() {}

  static PolicyModelBuilder builder() {
    return PolicyModelBuilder.named("shop", 3)
        .subject("region", AttributeType.TEXT)
        .subject("age", AttributeType.NUMBER)
        .subject("identified", AttributeType.BOOL)
        .context("offer", AttributeType.TEXT)
        .category("contact", "email", "phone", "postal_address")
        .category("behavior", "purchases", "browsing", "cart")
        .category("inferred", "pregnancy", "affluence")
        .category("device", "contact_list")
        .category("financial", "invoice", "card")
        .sensitive("inferred.pregnancy")
        .purpose("fulfilment")
        .purpose("marketing", "email", "retargeting", "personalization")
        .purpose("analytics")
        .purpose("legal", "tax_records")
        .allow("contact, financial", "fulfilment")
        .allow("contact.email", "marketing.email")
        .allow("behavior", "analytics")
        .with(new ObligationDefinition.Pseudonymize("contact"))
        .allow("behavior.cart", "marketing.retargeting")
        .with(
            new ObligationDefinition.NotBefore(
                new Value.Shifted(event("cart_abandoned"), hours(1))),
            new ObligationDefinition.Audit())
        .regime("gdpr", in(subject("region"), text("EU"), text("EEA")))
        .require(consent("marketing.email"), "contact.email", "marketing.email")
        .because("GDPR needs consent for email marketing")
        .deny("any", "marketing")
        .when(compare(subject("age"), Operator.LT, number(16)))
        .retain("financial.invoice", "legal.tax_records", years(10), "invoice_issued")
        .regime("ccpa", eq(subject("region"), text("US-CA")))
        .deny("any", "marketing")
        .when(optedOut("sale_or_share"))
        .regime("brand")
        .deny("inferred", "marketing")
        .because("no marketing on inferred traits")
        .deny("device.contact_list", "any")
        .because("we never harvest address books")
        .require(
            and(
                isTrue(subject("identified")),
                elapsedAtLeast("cart_abandoned", hours(24)),
                has(context("offer"))),
            "behavior.cart",
            "marketing.retargeting")
        .because("retarget only known customers, after a day, with something in it for them")
        .deny("behavior.browsing", "marketing.personalization")
        .advisory()
        .because("personalising on browsing feels creepy")
        .topLevel()
        .allow("behavior.browsing, financial.invoice", "marketing.personalization, legal");
  }

  static Policy compile() {
    return Policy.from(builder().build());
  }

  static PolicyDuration hours(long n) {
    return new PolicyDuration(n, ChronoUnit.HOURS);
  }

  static PolicyDuration years(long n) {
    return new PolicyDuration(n, ChronoUnit.YEARS);
  }
}
