package dev.proviso.bench.peers;

import java.util.List;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;

/**
 * jCasbin on the peer question, as its ABAC guide suggests for many rules: the conditions live in
 * the policy ({@code eval(p.sub_rule)}) over an attribute object, the category and purpose trees
 * are role hierarchies ({@code g}, {@code g2}), and the effect is "some allow and no deny". The
 * plain {@link Enforcer} is used: jCasbin's cached enforcers key on the request's string form,
 * which an attribute object does not have.
 */
final class CasbinPeer implements PeerEngine {
  static final String MODEL =
      """
      [request_definition]
      r = sub, cat, pur

      [policy_definition]
      p = sub_rule, cat, pur, eft

      [role_definition]
      g = _, _
      g2 = _, _

      [policy_effect]
      e = some(where (p.eft == allow)) && !some(where (p.eft == deny))

      [matchers]
      m = g(r.cat, p.cat) && g2(r.pur, p.pur) && eval(p.sub_rule)
      """;

  private static final String EU = "(r.sub.region == 'EU' || r.sub.region == 'EEA')";

  /** {@code sub_rule, category, purpose, effect}, in the order of the Proviso policy. */
  static final List<List<String>> POLICY =
      List.of(
          List.of("true", "contact", "fulfilment", "allow"),
          List.of("true", "contact.email", "marketing.email", "allow"),
          List.of("true", "behavior", "analytics", "allow"),
          List.of(
              EU + " && !include(r.sub.consents, 'marketing.email')",
              "contact.email",
              "marketing.email",
              "deny"),
          List.of(EU + " && r.sub.age < 16", "any", "marketing", "deny"),
          List.of(
              "r.sub.region == 'US-CA' && include(r.sub.optOuts, 'sale_or_share')",
              "any",
              "marketing",
              "deny"));

  /** Category tree (child, parent); {@code any} is the root a rule on any category names. */
  static final List<List<String>> CATEGORIES =
      List.of(
          List.of("contact.email", "contact"),
          List.of("contact.phone", "contact"),
          List.of("behavior.purchases", "behavior"),
          List.of("behavior.cart", "behavior"),
          List.of("contact", "any"),
          List.of("behavior", "any"));

  static final List<List<String>> PURPOSES = List.of(List.of("marketing.email", "marketing"));

  private final Enforcer enforcer;
  private final Object[][] requests;

  CasbinPeer(List<PeerCase> cases) {
    enforcer = new Enforcer(Model.newModelFromString(MODEL), null, false);
    // By default Aviator compiles every eval() rule text anew on every call (~100x slower here);
    // caching compiled expressions is the tuning a jCasbin user would apply first.
    enforcer.getAviatorEval().setCachedExpressionByDefault(true);
    enforcer.addPolicies(POLICY);
    enforcer.addNamedGroupingPolicies("g", CATEGORIES);
    enforcer.addNamedGroupingPolicies("g2", PURPOSES);
    requests = new Object[cases.size()][];
    for (int i = 0; i < requests.length; i++) {
      PeerCase c = cases.get(i);
      requests[i] = new Object[] {Attributes.of(c.subject()), c.category(), c.purpose()};
    }
  }

  @Override
  public String name() {
    return "jCasbin";
  }

  @Override
  public boolean allowed(int index) {
    return enforcer.enforce(requests[index]);
  }

  /** The subject as a bean: jCasbin's expression engine reads {@code r.sub.x} via getters. */
  public static final class Attributes {
    private final String region;
    private final int age;
    private final List<String> consents;
    private final List<String> optOuts;

    private Attributes(String region, int age, List<String> consents, List<String> optOuts) {
      this.region = region;
      this.age = age;
      this.consents = consents;
      this.optOuts = optOuts;
    }

    static Attributes of(PeerCase.Person p) {
      return new Attributes(
          p.region(),
          p.age(),
          p.emailConsent() ? List.of("marketing.email") : List.of(),
          p.saleOrShareOptOut() ? List.of("sale_or_share") : List.of());
    }

    public String getRegion() {
      return region;
    }

    public int getAge() {
      return age;
    }

    public List<String> getConsents() {
      return consents;
    }

    public List<String> getOptOuts() {
      return optOuts;
    }
  }
}
