package dev.proviso.log;

import dev.proviso.Obligation;

/** An obligation as a decision record shows it: its kind and its arguments as discharged. */
final class ObligationText {
  private ObligationText() {}

  static String of(Obligation obligation) {
    String kind = obligation.kind();
    if (obligation instanceof Obligation.Mask mask) {
      return kind + "(" + mask.category() + ")";
    }
    if (obligation instanceof Obligation.Pseudonymize pseudonymize) {
      return kind + "(" + pseudonymize.category() + ")";
    }
    if (obligation instanceof Obligation.NotBefore notBefore) {
      return kind + "(" + notBefore.at() + ")";
    }
    if (obligation instanceof Obligation.Notify notify) {
      return kind + "(\"" + notify.message() + "\")"; // policy text, never personal data
    }
    return kind;
  }
}
