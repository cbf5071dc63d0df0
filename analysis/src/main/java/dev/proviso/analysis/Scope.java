package dev.proviso.analysis;

import dev.proviso.engine.ConditionText;
import dev.proviso.model.Condition;
import java.util.List;
import java.util.Optional;

/**
 * Which conditional regime a subject falls under when a use is compared: none of them ({@link
 * #outside}), exactly one, or {@link #EVERY} when a change reads the same whatever the regime.
 * Top-level rules and regimes without a condition (house rules) are in force in every scope.
 */
public record Scope(
    Optional<String> regime, Optional<Condition> appliesWhen, boolean every, List<String> outside) {

  public static final Scope EVERY = new Scope(Optional.empty(), Optional.empty(), true, List.of());

  public Scope {
    outside = List.copyOf(outside);
  }

  /** Subjects under none of these conditional regimes. */
  public static Scope outside(List<String> conditionalRegimes) {
    return new Scope(Optional.empty(), Optional.empty(), false, conditionalRegimes);
  }

  public static Scope under(String regime, Optional<Condition> appliesWhen) {
    return new Scope(Optional.of(regime), appliesWhen, false, List.of());
  }

  /** The facts of this scope: its own regime applies, every other conditional regime does not. */
  Formula regimeFact(Atom atom) {
    return atom instanceof Atom.Regime r ? Formula.of(regime.equals(Optional.of(r.name()))) : null;
  }

  /** E.g. {@code under gdpr (subject.region in ["EU", "EEA"])}, {@code for every subject}. */
  public String label() {
    if (every) {
      return "for every subject";
    }
    return regime
        .map(r -> "under " + r + appliesWhen.map(c -> " (" + ConditionText.of(c) + ")").orElse(""))
        .orElse(
            outside.isEmpty() ? "for every subject" : "outside " + String.join(" and ", outside));
  }
}
