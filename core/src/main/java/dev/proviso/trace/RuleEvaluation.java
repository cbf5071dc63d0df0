package dev.proviso.trace;

import java.util.Objects;

/**
 * How one candidate rule fared for one requested category: what its {@code when} and {@code unless}
 * conditions came to and whether it matched.
 *
 * @param ruleId the rule's id ({@code file:line})
 * @param category the requested category the rule was a candidate for
 * @param when the outcome of {@code when}; NOT_EVALUATED when the rule has none
 * @param unless the outcome of {@code unless}; NOT_EVALUATED when the rule has none or {@code when}
 *     was false
 * @param matched whether the rule matched (for a deny, an ERROR matches: errors never grant; an
 *     allow whose {@code not_before} cannot be evaluated does not match)
 */
public record RuleEvaluation(
    String ruleId, String category, Truth when, Truth unless, boolean matched) {
  public RuleEvaluation {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(unless, "unless");
  }
}
