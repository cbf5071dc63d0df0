package dev.proviso.bench.decide;

import dev.proviso.Category;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import java.time.Instant;
import java.util.List;

/**
 * The shop policy written by hand as Java {@code if}s over the same dense ids: what a developer
 * would code without Proviso (booleans only: no obligations, rule ids or explanations).
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

  boolean allowed(Request request, ConsentView consents) {
    Subject subject = request.subject();
    if (consents.erasureRequested(subject.id(), request.at())) {
      return false; // (no retention rule in this policy)
    }
    Object region = subject.get("region");
    boolean gdpr = region == null || "EU".equals(region) || "EEA".equals(region);
    boolean ccpa = region == null || "US-CA".equals(region);
    int purpose = request.purpose().id();
    List<Category> categories = request.categories();
    for (int i = 0, n = categories.size(); i < n; i++) {
      if (!allowed(categories.get(i).id(), purpose, request, consents, gdpr, ccpa)) {
        return false;
      }
    }
    return true;
  }

  private boolean allowed(
      int category,
      int purpose,
      Request request,
      ConsentView consents,
      boolean gdpr,
      boolean ccpa) {
    if (category == contactList) {
      return false;
    }
    String id = request.subject().id();
    Instant at = request.at();
    if (marketing[purpose]) {
      if (category == pregnancy) {
        return false;
      }
      if (gdpr && !(request.subject().get("age") instanceof Double age && age >= 16)) {
        return false;
      }
      if (ccpa && consents.optedOut(id, "sale_or_share", at)) {
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
