package dev.proviso.testing.runner;

import dev.proviso.Decision;
import dev.proviso.Obligation;
import dev.proviso.Outcome;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.engine.ConditionText;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyTestDefinition;
import dev.proviso.model.TestStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the {@code test} blocks of a compiled policy. Steps run in order: each {@code given} adds to
 * the scenario (subject, consent ledger, opt-outs, events, context, erasure), each {@code expect}
 * asks the engine and compares. Every expectation of a test is checked, so one run reports all that
 * is wrong.
 *
 * <p>An expectation is decided at its own {@code at}, else at the test's clock ({@code test "x" at
 * T}), else at the latest instant named by an earlier step (so {@code given consent(p) at T} is in
 * force for the next {@code expect}), else at the instant of the policy's {@link Policy#clock()
 * clock}: the same default as the AssertJ assertions' {@code SubjectScenario}.
 *
 * <pre>{@code
 * PolicyTestReport report = new PolicyTestRunner(policy).runAll();
 * if (!report.passed()) {
 *   System.err.println(report.summary());
 * }
 * }</pre>
 */
public final class PolicyTestRunner {
  private final Policy policy;
  private final Decider decider;

  /** A runner asking {@code policy.decide}. */
  public PolicyTestRunner(Policy policy) {
    this(policy, policy::decide);
  }

  /** A runner asking {@code decider}, e.g. one that records rule coverage. */
  public PolicyTestRunner(Policy policy, Decider decider) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.decider = Objects.requireNonNull(decider, "decider");
  }

  /** Runs every test block of the policy, in source order. */
  public PolicyTestReport runAll() {
    return new PolicyTestReport(
        policy.name(), policy.model().tests().stream().map(this::run).toList());
  }

  /** Runs one test block. */
  public PolicyTestResult run(PolicyTestDefinition test) {
    Scenario scenario = Scenario.start(test);
    List<ExpectationResult> results = new ArrayList<>();
    for (TestStep step : test.steps()) {
      if (step instanceof TestStep.Expect expect) {
        results.add(check(expect, scenario, test.now()));
      } else {
        scenario = scenario.given(step);
      }
    }
    return new PolicyTestResult(test, results);
  }

  private ExpectationResult check(
      TestStep.Expect expect, Scenario scenario, Optional<Instant> clock) {
    Instant at =
        expect
            .at()
            .or(() -> clock)
            .or(scenario::latestInstant)
            .orElseGet(() -> policy.clock().instant());
    Request request;
    Decision decision;
    try {
      request = request(expect, scenario, at);
      decision = decider.decide(request, scenario.consents());
    } catch (RuntimeException e) {
      return new ExpectationResult(
          expect,
          at,
          Optional.empty(),
          Optional.empty(),
          List.of("could not ask the policy: " + e.getMessage()));
    }
    List<String> problems = new ArrayList<>();
    Outcome expected = Outcome.valueOf(expect.outcome().name());
    if (decision.outcome() != expected) {
      problems.add("expected: " + expected);
      problems.add("but was:  " + decision.outcome());
    }
    for (ObligationDefinition definition : expect.obligations()) {
      String written = ConditionText.of(definition);
      Optional<Obligation> obligation = ExpectedObligations.resolve(definition, scenario);
      if (obligation.isEmpty()) {
        problems.add("cannot compute the instant of " + written + " from the given events");
      } else if (!decision.obligations().contains(obligation.get())) {
        problems.add(
            "expected obligation "
                + written
                + " but the decision carries "
                + ObligationText.list(decision.obligations()));
      }
    }
    expect
        .because()
        .filter(text -> !mentions(decision, text))
        .ifPresent(
            text ->
                problems.add(
                    "expected the explanation or advice to mention \""
                        + text
                        + "\", but it does not"));
    return new ExpectationResult(expect, at, Optional.of(request), Optional.of(decision), problems);
  }

  /** The text appears, ignoring case, in the explanation or in the advice. */
  private static boolean mentions(Decision decision, String text) {
    String wanted = text.toLowerCase(Locale.ROOT);
    return (decision.explanation() + "\n" + String.join("\n", decision.advice()))
        .toLowerCase(Locale.ROOT)
        .contains(wanted);
  }

  private Request request(TestStep.Expect expect, Scenario scenario, Instant at) {
    Request.Builder builder =
        Request.builder(scenario.subject(), policy.purpose(expect.purpose())).at(at);
    if (expect.categories().any()) {
      policy.categories().stream().filter(c -> c.parent().isEmpty()).forEach(builder::category);
    } else {
      expect.categories().paths().forEach(path -> builder.category(policy.category(path)));
    }
    scenario.context().forEach(builder::context);
    scenario.events().forEach(builder::event);
    return builder.build();
  }
}
