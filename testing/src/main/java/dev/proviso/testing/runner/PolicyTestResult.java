package dev.proviso.testing.runner;

import dev.proviso.model.PolicyTestDefinition;
import java.util.List;
import java.util.Objects;

/** The outcome of one policy {@code test} block: one result per {@code expect} step, in order. */
public record PolicyTestResult(PolicyTestDefinition test, List<ExpectationResult> expectations) {

  public PolicyTestResult {
    Objects.requireNonNull(test, "test");
    expectations = List.copyOf(expectations);
  }

  /** True when every expectation held (a test without expectations passes vacuously). */
  public boolean passed() {
    return expectations.stream().allMatch(ExpectationResult::passed);
  }

  public List<ExpectationResult> failures() {
    return expectations.stream().filter(e -> !e.passed()).toList();
  }

  /**
   * What went wrong, for a person: the test and its file:line, then for each failed expectation the
   * step's file:line, what was expected, what was decided, and the engine's explanation with the
   * file:line of the rules involved. Empty when the test passed.
   */
  public String failureMessage() {
    return passed() ? "" : FailureText.of(this);
  }
}
