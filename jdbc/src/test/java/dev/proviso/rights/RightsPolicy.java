package dev.proviso.rights;

import static dev.proviso.model.Conditions.consent;
import static dev.proviso.model.Conditions.in;
import static dev.proviso.model.Conditions.subject;
import static dev.proviso.model.Conditions.text;

import dev.proviso.Policy;
import dev.proviso.model.AttributeType;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.PolicyModelBuilder;
import java.time.temporal.ChronoUnit;

/** A small shop policy for the data-subject-rights tests. Rule ids are shop.policy:N. */
final class RightsPolicy {
  static final String ALLOW_FULFILMENT = "shop.policy:1";
  static final String ALLOW_EMAIL = "shop.policy:2";
  static final String ALLOW_LEGAL = "shop.policy:3";
  static final String GDPR_CONSENT = "shop.policy:5";
  static final String TAX_RETENTION = "shop.policy:6";

  private RightsPolicy() {}

  static Policy compile() {
    return Policy.from(
        PolicyModelBuilder.named("shop", 3)
            .subject("region", AttributeType.TEXT)
            .category("contact", "email", "postal_address")
            .category("health", "condition")
            .sensitive("health")
            .category("financial", "invoice")
            .purpose("fulfilment")
            .purpose("marketing", "email")
            .purpose("legal", "tax_records")
            .allow("contact, financial", "fulfilment")
            .because("we need it to deliver and bill your orders")
            .allow("contact.email", "marketing.email")
            .allow("financial.invoice", "legal")
            .because("tax law")
            .regime("gdpr", in(subject("region"), text("EU"), text("EEA")))
            .require(consent("marketing.email"), "contact.email", "marketing.email")
            .because("GDPR needs consent for email marketing")
            .retain(
                "financial.invoice",
                "legal.tax_records",
                new PolicyDuration(10, ChronoUnit.YEARS),
                "invoice_issued")
            .build());
  }
}
