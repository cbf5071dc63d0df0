package dev.proviso.testing.assertions;

import dev.proviso.Decision;
import dev.proviso.Outcome;
import dev.proviso.Request;
import dev.proviso.testing.runner.StepText;
import java.util.List;

/** "May these categories be used for ...?" — completed by {@link #forPurpose(String)}. */
public final class UseQuestion {
  private final SubjectScenario scenario;
  private final boolean allowed;
  private final List<String> categories;

  UseQuestion(SubjectScenario scenario, boolean allowed, List<String> categories) {
    if (categories.isEmpty()) {
      throw new IllegalArgumentException(
          "name at least one data category, e.g. allows(\"contact.email\")");
    }
    this.scenario = scenario;
    this.allowed = allowed;
    this.categories = categories;
  }

  /**
   * Decides the use for {@code purpose} and fails unless the outcome is the expected one; returns
   * assertions on the decision for further checks (rules, obligations, reasons).
   */
  public DecisionAssert forPurpose(String purpose) {
    Request request = scenario.request(categories, purpose);
    Decision decision = scenario.policy().decide(request, scenario.consents());
    String question =
        String.join(", ", categories)
            + " for "
            + purpose
            + "\nfor subject "
            + scenario.subject().id()
            + " "
            + StepText.subject(scenario.subject().attributes()).substring("subject ".length())
            + " at "
            + request.at();
    DecisionAssert assertion = new DecisionAssert(decision, question);
    if (!scenario.description().isEmpty()) {
      assertion.as(scenario.description());
    }
    return assertion.hasOutcome(allowed ? Outcome.ALLOW : Outcome.DENY);
  }
}
