package dev.proviso.testing.runner;

import dev.proviso.Obligation;
import dev.proviso.model.BuiltInName;
import java.util.List;
import java.util.stream.Collectors;

/** Renders runtime obligations in the policy language's words. */
public final class ObligationText {
  private ObligationText() {}

  /** E.g. {@code mask(contact.phone)}, {@code not_before(2026-01-02T00:00:00Z)}. */
  public static String of(Obligation obligation) {
    if (obligation instanceof Obligation.Mask m) {
      return BuiltInName.MASK.call(m.category() + m.method().map(x -> ", " + x).orElse(""));
    }
    if (obligation instanceof Obligation.Pseudonymize p) {
      return BuiltInName.PSEUDONYMIZE.call(p.category());
    }
    if (obligation instanceof Obligation.NotBefore n) {
      return BuiltInName.NOT_BEFORE.call(n.at().toString());
    }
    if (obligation instanceof Obligation.Notify n) {
      return BuiltInName.NOTIFY.call(
          "\"" + n.message() + "\"" + n.channel().map(c -> ", \"" + c + "\"").orElse(""));
    }
    if (obligation instanceof Obligation.Audit a) {
      return a.tag()
          .map(t -> BuiltInName.AUDIT.call("\"" + t + "\""))
          .orElse(BuiltInName.AUDIT.spelling());
    }
    // No default: a new obligation must be given its words here.
    throw new IllegalArgumentException("no text for " + obligation.getClass().getSimpleName());
  }

  /** E.g. {@code [audit, mask(contact.phone)]}, or {@code no obligations}. */
  public static String list(List<Obligation> obligations) {
    return obligations.isEmpty()
        ? "no obligations"
        : obligations.stream().map(ObligationText::of).collect(Collectors.joining(", ", "[", "]"));
  }
}
