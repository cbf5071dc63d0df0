package dev.proviso.bench.decide;

import dev.proviso.Category;
import dev.proviso.Policy;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import java.time.Instant;

/**
 * The shop policy written by hand as Java {@code if}s over the application's own {@link Customer}
 * record and int constants for purposes and categories: what a developer would code without Proviso
 * (a boolean only: no obligations, rule ids or explanations). The floor the engine is measured
 * against; the ids are read from the policy once only so both sides agree on them.
 */
final class HandWrittenShop {
  private final int email;
  private final int fulfilment;
  private final int marketingEmail;
  private final int analytics;
  private final int contactList;
  private final int pregnancy;
  private final boolean[] marketing; // by purpose id
  private final boolean[] contactOrFinancial; // by category id
  private final boolean[] behavior;

  HandWrittenShop(Policy policy) {
    email = policy.category("contact.email").id();
    contactList = policy.category("device.contact_list").id();
    pregnancy = policy.category("inferred.pregnancy").id();
    fulfilment = policy.purpose("fulfilment").id();
    marketingEmail = policy.purpose("marketing.email").id();
    analytics = policy.purpose("analytics").id();
    marketing = new boolean[policy.purposes().size()];
    policy.purposes().forEach(p -> marketing[p.id()] = p.path().startsWith("marketing"));
    contactOrFinancial = new boolean[policy.categories().size()];
    behavior = new boolean[policy.categories().size()];
    for (Category c : policy.categories()) {
      contactOrFinancial[c.id()] =
          c.path().startsWith("contact") || c.path().startsWith("financial");
      behavior[c.id()] = c.path().startsWith("behavior");
    }
  }

  boolean allowed(Customer customer, int purpose, int category, Instant at, ConsentView consents) {
    String id = customer.id();
    if (consents.erasureRequested(id, at)) {
      return false; // (no retention rule in this policy)
    }
    if (category == contactList) {
      return false;
    }
    String region = customer.region();
    if (marketing[purpose]) {
      boolean gdpr = "EU".equals(region) || "EEA".equals(region);
      if (category == pregnancy) {
        return false;
      }
      if (gdpr && customer.age() < 16) {
        return false;
      }
      if ("US-CA".equals(region) && consents.optedOut(id, "sale_or_share", at)) {
        return false;
      }
      if (gdpr
          && category == email
          && purpose == marketingEmail
          && consents.consent(id, "marketing.email", at) != ConsentState.GIVEN) {
        return false;
      }
    }
    if (purpose == fulfilment) {
      return contactOrFinancial[category];
    }
    if (purpose == marketingEmail) {
      return category == email;
    }
    if (purpose == analytics) {
      return behavior[category];
    }
    return false;
  }
}
