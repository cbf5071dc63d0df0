package dev.proviso.bench.peers;

import dev.proviso.bench.peers.PeerCase.Person;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed set of questions on which every engine must agree with Proviso before anything is
 * measured: six subjects (GDPR with and without consent, a minor under GDPR, CCPA with and without
 * an opt-out, no regime) crossed with seven category/purpose pairs (conditional allows, plain
 * allows, default denies, a parent purpose that no allow covers).
 */
public final class PeerCases {
  /**
   * The headline question: contact.email for marketing.email, EU subject aged 30, consent given.
   */
  public static final int QUESTION = 0;

  /** Every case, the headline first. */
  public static final List<PeerCase> ALL = build();

  private PeerCases() {}

  private static List<PeerCase> build() {
    List<Person> subjects =
        List.of(
            new Person("eu-30-consent", "EU", 30, true, false),
            new Person("eu-30-no-consent", "EU", 30, false, false),
            new Person("eea-15-consent", "EEA", 15, true, false),
            new Person("ca-40-opted-out", "US-CA", 40, false, true),
            new Person("ca-40", "US-CA", 40, false, false),
            new Person("ny-30", "US-NY", 30, false, false));
    String[][] uses = {
      {"contact.email", "marketing.email"},
      {"contact.phone", "marketing.email"},
      {"contact.email", "fulfilment"},
      {"contact.phone", "analytics"},
      {"behavior.cart", "analytics"},
      {"behavior.purchases", "marketing.email"},
      {"contact.email", "marketing"},
    };
    List<PeerCase> cases = new ArrayList<>();
    for (String[] use : uses) {
      for (Person subject : subjects) {
        cases.add(new PeerCase(subject, use[0], use[1]));
      }
    }
    return List.copyOf(cases);
  }
}
