package dev.proviso.log;

import dev.proviso.Obligation;

/** An obligation as a decision record shows it: its kind and its arguments as discharged. */
final class ObligationText {
  private ObligationText() {}

  static String of(Obligation obligation) {
    String kind = obligation.kind();
    if (obligation instanceof Obligation.Mask mask) {
      return kind + "(" + mask.category() + mask.method().map(m -> ", " + m).orElse("") + ")";
    }
    if (obligation instanceof Obligation.Pseudonymize pseudonymize) {
      return kind + "(" + pseudonymize.category() + ")";
    }
    if (obligation instanceof Obligation.NotBefore notBefore) {
      return kind + "(" + notBefore.at() + ")";
    }
    if (obligation instanceof Obligation.Notify notify) { // policy text, never personal data
      return kind
          + "(\""
          + notify.message()
          + "\""
          + notify.channel().map(c -> ", \"" + c + "\"").orElse("")
          + ")";
    }
    if (obligation instanceof Obligation.Audit audit) {
      return audit.tag().map(t -> kind + "(\"" + t + "\")").orElse(kind);
    }
    return kind;
  }
}
