package dev.proviso.bench.peers;

import com.cedarpolicy.BasicAuthorizationEngine;
import com.cedarpolicy.model.AuthorizationRequest;
import com.cedarpolicy.model.AuthorizationResponse;
import com.cedarpolicy.model.entity.Entity;
import com.cedarpolicy.model.exception.AuthException;
import com.cedarpolicy.model.exception.CacheException;
import com.cedarpolicy.model.exception.InternalException;
import com.cedarpolicy.model.policy.PolicySet;
import com.cedarpolicy.value.CedarList;
import com.cedarpolicy.value.EntityTypeName;
import com.cedarpolicy.value.EntityUID;
import com.cedarpolicy.value.PrimLong;
import com.cedarpolicy.value.PrimString;
import com.cedarpolicy.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cedar (cedar-java, native Rust evaluator over JNI) on the peer question: the subject is the
 * principal, the purpose the action (action groups model the purpose tree), the category the
 * resource (entity parents model the category tree). Permits and forbids mirror the Proviso rules;
 * Cedar's own semantics are forbid-overrides and default deny. The policy set is pre-parsed on the
 * native side ({@link PolicySet#cache()}); each request carries the principal and the ancestry of
 * its action and resource.
 */
final class CedarPeer implements PeerEngine {
  static final String POLICY =
      """
      permit(principal, action == Action::"fulfilment", resource in Category::"contact");
      permit(principal, action == Action::"marketing.email", resource == Category::"contact.email");
      permit(principal, action == Action::"analytics", resource in Category::"behavior");

      forbid(principal, action == Action::"marketing.email", resource == Category::"contact.email")
        when { ["EU", "EEA"].contains(principal.region) }
        unless { principal.consents.contains("marketing.email") };
      forbid(principal, action in Action::"marketing", resource)
        when { ["EU", "EEA"].contains(principal.region) && principal.age < 16 };
      forbid(principal, action in Action::"marketing", resource)
        when { principal.region == "US-CA" && principal.opted_out.contains("sale_or_share") };
      """;

  private final BasicAuthorizationEngine engine = new BasicAuthorizationEngine();
  private final PolicySet policies;
  private final AuthorizationRequest[] requests;
  private final List<Set<Entity>> entities;

  CedarPeer(List<PeerCase> cases) {
    try {
      policies = PolicySet.parsePolicies(POLICY);
      policies.cache();
    } catch (InternalException | CacheException e) {
      throw new IllegalStateException("the Cedar policies do not parse: " + e.getMessage(), e);
    }
    EntityTypeName subjectType = type("Subject");
    EntityTypeName actionType = type("Action");
    EntityTypeName categoryType = type("Category");
    requests = new AuthorizationRequest[cases.size()];
    entities = new ArrayList<>();
    for (int i = 0; i < requests.length; i++) {
      PeerCase c = cases.get(i);
      Entity principal = subject(subjectType.of(c.subject().id()), c.subject());
      Set<Entity> known = new HashSet<>();
      known.add(principal);
      addWithAncestors(known, c.purpose(), actionType);
      addWithAncestors(known, c.category(), categoryType);
      requests[i] =
          new AuthorizationRequest(
              principal.getEUID(),
              actionType.of(c.purpose()),
              categoryType.of(c.category()),
              Map.of());
      entities.add(Set.copyOf(known));
    }
  }

  @Override
  public String name() {
    return "Cedar";
  }

  AuthorizationResponse authorize(int index) {
    try {
      return engine.isAuthorized(requests[index], policies, entities.get(index));
    } catch (AuthException e) {
      throw new IllegalStateException("Cedar could not decide case " + index, e);
    }
  }

  @Override
  public boolean allowed(int index) {
    AuthorizationResponse response = authorize(index);
    if (response.success.isEmpty()) {
      throw new IllegalStateException("Cedar failed on case " + index + ": " + response.errors);
    }
    return response.success.get().isAllowed();
  }

  private static EntityTypeName type(String name) {
    return EntityTypeName.parse(name).orElseThrow();
  }

  private static Entity subject(EntityUID uid, PeerCase.Person p) {
    Map<String, Value> attributes =
        Map.of(
            "region",
            new PrimString(p.region()),
            "age",
            new PrimLong(p.age()),
            "consents",
            strings(p.emailConsent() ? List.of("marketing.email") : List.of()),
            "opted_out",
            strings(p.saleOrShareOptOut() ? List.of("sale_or_share") : List.of()));
    return new Entity(uid, attributes, Set.of());
  }

  private static CedarList strings(List<String> values) {
    return new CedarList(values.stream().map(v -> (Value) new PrimString(v)).toList());
  }

  /** The entity for a dotted path and each of its ancestors, each the parent of the next. */
  private static void addWithAncestors(Set<Entity> into, String path, EntityTypeName type) {
    int dot = path.lastIndexOf('.');
    if (dot < 0) {
      into.add(new Entity(type.of(path), Set.of()));
      return;
    }
    String parent = path.substring(0, dot);
    into.add(new Entity(type.of(path), Set.of(type.of(parent))));
    addWithAncestors(into, parent, type);
  }
}
