package dev.proviso.testing.runner;

import dev.proviso.Obligation;
import java.util.List;
import java.util.stream.Collectors;

/** Renders runtime obligations in the policy language's words. */
public final class ObligationText {
  private ObligationText() {}

  /** E.g. {@code mask(contact.phone)}, {@code not_before(2026-01-02T00:00:00Z)}. */
  public static String of(Obligation obligation) {
    if (obligation instanceof Obligation.Mask m) {
      return "mask(" + m.category() + ")";
    }
    if (obligation instanceof Obligation.Pseudonymize p) {
      return "pseudonymize(" + p.category() + ")";
    }
    if (obligation instanceof Obligation.NotBefore n) {
      return "not_before(" + n.at() + ")";
    }
    if (obligation instanceof Obligation.Notify n) {
      return "notify(\"" + n.message() + "\")";
    }
    return "audit";
  }

  /** E.g. {@code [audit, mask(contact.phone)]}, or {@code no obligations}. */
  public static String list(List<Obligation> obligations) {
    return obligations.isEmpty()
        ? "no obligations"
        : obligations.stream().map(ObligationText::of).collect(Collectors.joining(", ", "[", "]"));
  }
}
