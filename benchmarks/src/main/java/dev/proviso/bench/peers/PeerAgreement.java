package dev.proviso.bench.peers;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that every peer engine gives Proviso's answer on every case of {@link PeerCases#ALL}, and
 * that Proviso's answers are the ones the policy means on the cases that pin it down. A benchmark
 * of engines that disagree is worthless, so the benchmark refuses to run on any disagreement.
 */
final class PeerAgreement {
  private PeerAgreement() {}

  /** Cases whose answer is known by reading the policy: (index in ALL, allowed). */
  private static final Object[][] KNOWN = {
    {PeerCases.QUESTION, true}, // EU, 30, consent given: contact.email for marketing.email
    {1, false}, // EU, 30, no consent
    {2, false}, // EEA, 15: minors get no marketing under GDPR
    {3, false}, // US-CA opted out of sale_or_share
    {4, true}, // US-CA, not opted out
    {5, true}, // US-NY: no regime applies
  };

  /**
   * Throws {@link IllegalStateException} listing every case on which a peer disagrees with Proviso
   * or Proviso departs from a known answer; returns the number of cases checked.
   */
  static int check(ProvisoPeer proviso, List<PeerEngine> peers) {
    List<String> problems = new ArrayList<>();
    for (Object[] known : KNOWN) {
      int index = (int) known[0];
      if (proviso.allowed(index) != (boolean) known[1]) {
        problems.add("Proviso says " + verdict(!(boolean) known[1]) + " on " + at(index));
      }
    }
    int allows = 0;
    for (int i = 0; i < PeerCases.ALL.size(); i++) {
      boolean expected = proviso.allowed(i);
      allows += expected ? 1 : 0;
      for (PeerEngine peer : peers) {
        boolean actual = peer.allowed(i);
        if (actual != expected) {
          problems.add(
              peer.name()
                  + " says "
                  + verdict(actual)
                  + ", Proviso "
                  + verdict(expected)
                  + " on "
                  + at(i));
        }
      }
    }
    if (allows == 0 || allows == PeerCases.ALL.size()) {
      problems.add("the cases are degenerate: Proviso allows " + allows + " of them");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "the engines do not answer the same question alike, so measuring them means nothing:\n  "
              + String.join("\n  ", problems));
    }
    return PeerCases.ALL.size();
  }

  private static String verdict(boolean allowed) {
    return allowed ? "ALLOW" : "DENY";
  }

  private static String at(int index) {
    return "case " + index + " (" + PeerCases.ALL.get(index) + ")";
  }
}
