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

  /** A case whose answer is known by reading the policy. */
  private record Known(int index, boolean allowed) {}

  /** contact.email for marketing.email, for each of the six subjects in turn. */
  private static final List<Known> KNOWN =
      List.of(
          new Known(PeerCases.QUESTION, true), // EU, 30, consent given
          new Known(1, false), // EU, 30, no consent
          new Known(2, false), // EEA, 15: minors get no marketing under GDPR
          new Known(3, false), // US-CA, opted out of sale_or_share
          new Known(4, true), // US-CA, not opted out
          new Known(5, true)); // US-NY: no regime applies

  /**
   * Throws {@link IllegalStateException} listing every case on which a peer disagrees with Proviso
   * or Proviso departs from a known answer; returns the number of cases checked.
   */
  static int check(ProvisoPeer proviso, List<PeerEngine> peers) {
    List<String> problems = new ArrayList<>();
    for (Known known : KNOWN) {
      if (proviso.allowed(known.index()) != known.allowed()) {
        problems.add("Proviso says " + verdict(!known.allowed()) + " on " + at(known.index()));
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
