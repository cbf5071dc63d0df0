package dev.proviso.guard;

import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.model.AttributeDefinition;
import dev.proviso.model.AttributeType;
import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.Condition;
import dev.proviso.model.Effect;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.Provenance;
import dev.proviso.model.PurposeDefinition;
import dev.proviso.model.RegimeDefinition;
import dev.proviso.model.RuleDefinition;
import dev.proviso.model.RuleForm;
import dev.proviso.model.Selection;
import dev.proviso.model.SourceLocation;
import dev.proviso.model.Value;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test policy, built as a model in code:
 *
 * <pre>
 * allow contact, behavior for fulfilment                                   # shop.policy:10
 * allow contact.email for marketing.email                                  # shop.policy:11
 * allow contact.phone for marketing with mask(contact.phone)               # shop.policy:12
 * allow behavior, contact.email for analytics with pseudonymize(contact.email)  # :13
 * allow c for fulfilment with mask(c.f03)                                  # shop.policy:14
 * allow contact.email for marketing.email.later with not_before(2999-01-01) # :15
 * purpose legal                                 # declared, allowed nothing
 * regime gdpr applies when subject.region in ["EU"] {
 *   require consent(marketing.email) to use contact.email for marketing.email  # :20
 * }
 * regime brand {
 *   deny contact.postal_address for marketing because "no door-to-door"    # shop.policy:30
 * }
 * </pre>
 */
final class ShopPolicy {
  static final String KEY_TEXT = "0123456789abcdef-test-key";

  private ShopPolicy() {}

  static PolicyModel model(int version) {
    List<CategoryDefinition> categories = new ArrayList<>();
    category(categories, "contact", Provenance.PROVIDED);
    for (String leaf : List.of("email", "phone", "postal_address")) {
      category(categories, "contact." + leaf, Provenance.PROVIDED);
    }
    category(categories, "behavior", Provenance.OBSERVED);
    category(categories, "behavior.purchases", Provenance.OBSERVED);
    category(categories, "c", Provenance.UNSPECIFIED);
    for (int i = 0; i < 20; i++) {
      category(categories, String.format("c.f%02d", i), Provenance.UNSPECIFIED);
    }
    List<PurposeDefinition> purposes = new ArrayList<>();
    for (String p :
        List.of(
            "fulfilment",
            "marketing",
            "marketing.email",
            "marketing.email.later",
            "analytics",
            "legal")) {
      purposes.add(new PurposeDefinition(p, Optional.empty(), SourceLocation.UNKNOWN));
    }
    Condition inEu =
        new Condition.In(
            new Value.Attribute(Value.Scope.SUBJECT, "region"),
            new Value.ListLiteral(List.of(new Value.Text("EU"))));
    List<RuleDefinition> rules =
        List.of(
            allow(10, Selection.of("contact", "behavior"), "fulfilment"),
            allow(11, Selection.of("contact.email"), "marketing.email"),
            allow(
                12,
                Selection.of("contact.phone"),
                "marketing",
                new ObligationDefinition.Mask("contact.phone")),
            allow(
                13,
                Selection.of("behavior", "contact.email"),
                "analytics",
                new ObligationDefinition.Pseudonymize("contact.email")),
            allow(14, Selection.of("c"), "fulfilment", new ObligationDefinition.Mask("c.f03")),
            allow(
                15,
                Selection.of("contact.email"),
                "marketing.email.later",
                new ObligationDefinition.NotBefore(
                    new Value.InstantLiteral(Instant.parse("2999-01-01T00:00:00Z")))),
            new RuleDefinition(
                "shop.policy:20",
                Effect.DENY,
                RuleForm.REQUIRE,
                false,
                Optional.of("gdpr"),
                Selection.of("contact.email"),
                Selection.of("marketing.email"),
                Optional.empty(),
                Optional.of(new Condition.ConsentGiven("marketing.email")),
                List.of(),
                Optional.empty(),
                new SourceLocation("shop.policy", 20, 3)),
            new RuleDefinition(
                "shop.policy:30",
                Effect.DENY,
                RuleForm.DENY,
                false,
                Optional.of("brand"),
                Selection.of("contact.postal_address"),
                Selection.of("marketing"),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.of("no door-to-door"),
                new SourceLocation("shop.policy", 30, 3)));
    return new PolicyModel(
        "acme-shop",
        version,
        "hash-v" + version,
        categories,
        purposes,
        List.of(new AttributeDefinition("region", AttributeType.TEXT, SourceLocation.UNKNOWN)),
        List.of(),
        List.of(
            new RegimeDefinition("gdpr", Optional.of(inEu), SourceLocation.UNKNOWN),
            new RegimeDefinition("brand", Optional.empty(), SourceLocation.UNKNOWN)),
        rules,
        List.of(),
        List.of());
  }

  private static void category(List<CategoryDefinition> out, String path, Provenance provenance) {
    out.add(
        new CategoryDefinition(path, false, provenance, Optional.empty(), SourceLocation.UNKNOWN));
  }

  private static RuleDefinition allow(
      int line, Selection categories, String purpose, ObligationDefinition... obligations) {
    return new RuleDefinition(
        "shop.policy:" + line,
        Effect.ALLOW,
        RuleForm.ALLOW,
        false,
        Optional.empty(),
        categories,
        Selection.of(purpose),
        Optional.empty(),
        Optional.empty(),
        List.of(obligations),
        Optional.empty(),
        new SourceLocation("shop.policy", line, 1));
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
