package dev.proviso.cli.report;

import dev.proviso.engine.ConditionText;
import dev.proviso.model.RuleDefinition;

/** A rule as reviewers read it: {@code shop.policy:18 [gdpr] deny any for marketing when ...}. */
public final class RuleText {
  private RuleText() {}

  public static String summary(RuleDefinition rule) {
    return (rule.advisory() ? "advisory " : "") + ConditionText.summary(rule);
  }

  public static String reference(RuleDefinition rule) {
    return rule.id() + "  " + rule.regime().map(r -> "[" + r + "] ").orElse("") + summary(rule);
  }
}
