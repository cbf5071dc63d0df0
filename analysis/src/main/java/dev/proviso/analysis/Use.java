package dev.proviso.analysis;

import dev.proviso.model.RuleDefinition;
import java.util.List;

/**
 * The resolved answer for one (category, purpose) under some facts: verdict, residual condition
 * (TRUE or FALSE unless conditional), obligations of the allows that can match, the rules that can
 * take part, and the advisory rules that can fire.
 */
public record Use(
    String category,
    String purpose,
    Verdict verdict,
    Formula condition,
    List<String> obligations,
    List<RuleDefinition> rules,
    List<RuleDefinition> advisories) {

  public Use {
    obligations = List.copyOf(obligations);
    rules = List.copyOf(rules);
    advisories = List.copyOf(advisories);
  }

  /** E.g. {@code allow}, {@code deny by default}, {@code allow when consent(marketing.email)}. */
  public String describe() {
    return verdict == Verdict.CONDITIONAL
        ? verdict.label() + " " + condition.render()
        : verdict.label();
  }

  /** {@link #describe()} followed by {@code with OBLIGATIONS} when there are any. */
  public String describeWithObligations() {
    return obligations.isEmpty()
        ? describe()
        : describe() + " with " + String.join(", ", obligations);
  }

  /** The same answer for another (category, purpose) covered by the same rules. */
  Use relabel(String otherCategory, String otherPurpose) {
    return new Use(otherCategory, otherPurpose, verdict, condition, obligations, rules, advisories);
  }
}
