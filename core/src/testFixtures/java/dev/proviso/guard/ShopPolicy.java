package dev.proviso.guard;

import static dev.proviso.model.Conditions.consent;
import static dev.proviso.model.Conditions.in;
import static dev.proviso.model.Conditions.subject;
import static dev.proviso.model.Conditions.text;

import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.model.AttributeType;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.PolicyModelBuilder;
import dev.proviso.model.Value;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test policy, built in code:
 *
 * <pre>
 * allow contact, behavior for fulfilment                                        # shop.policy:1
 * allow contact.email for marketing.email                                       # shop.policy:2
 * allow contact.phone for marketing with mask(contact.phone)                    # shop.policy:3
 * allow behavior, contact.email for analytics with pseudonymize(contact.email)  # shop.policy:4
 * allow contact.email for marketing.email.later with not_before(2999-01-01)     # shop.policy:5
 * purpose legal                                          # declared, allowed nothing
 * regime gdpr applies when subject.region in ["EU"] {
 *   require consent(marketing.email) to use contact.email for marketing.email   # shop.policy:7
 * }
 * regime brand {
 *   deny contact.postal_address for marketing because "no door-to-door"         # shop.policy:9
 * }
 * </pre>
 */
final class ShopPolicy {
  static final String KEY_TEXT = "0123456789abcdef-test-key";
  static final String EMAIL_FOR_MARKETING = "shop.policy:2";
  static final String GDPR_CONSENT = "shop.policy:7";
  static final String NO_DOOR_TO_DOOR = "shop.policy:9";

  private ShopPolicy() {}

  static PolicyModel model(int version) {
    return PolicyModelBuilder.named("shop", version)
        .subject("region", AttributeType.TEXT)
        .category("contact", "email", "phone", "postal_address")
        .category("behavior", "purchases")
        .purpose("fulfilment")
        .purpose("marketing", "email")
        .purpose("marketing.email", "later")
        .purpose("analytics")
        .purpose("legal")
        .allow("contact, behavior", "fulfilment")
        .allow("contact.email", "marketing.email")
        .allow("contact.phone", "marketing")
        .with(new ObligationDefinition.Mask("contact.phone"))
        .allow("behavior, contact.email", "analytics")
        .with(new ObligationDefinition.Pseudonymize("contact.email"))
        .allow("contact.email", "marketing.email.later")
        .with(
            new ObligationDefinition.NotBefore(
                new Value.InstantLiteral(Instant.parse("2999-01-01T00:00:00Z"))))
        .regime("gdpr", in(subject("region"), text("EU")))
        .require(consent("marketing.email"), "contact.email", "marketing.email")
        .regime("brand")
        .deny("contact.postal_address", "marketing")
        .because("no door-to-door")
        .build();
  }

  /** Consent for marketing.email given by the listed subjects; nothing else known. */
  static ConsentView consentsOf(Set<String> givenMarketingEmail) {
    Set<String> given = ConcurrentHashMap.newKeySet();
    given.addAll(givenMarketingEmail);
    return new ConsentView() {
      @Override
      public ConsentState consent(String subjectId, String purpose, Instant at) {
        return purpose.equals("marketing.email") && given.contains(subjectId)
            ? ConsentState.GIVEN
            : ConsentState.UNKNOWN;
      }

      @Override
      public boolean optedOut(String subjectId, String name, Instant at) {
        return false;
      }

      @Override
      public boolean erasureRequested(String subjectId, Instant at) {
        return false;
      }
    };
  }
}
