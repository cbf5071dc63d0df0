package dev.proviso.testing.runner;

import dev.proviso.Decision;
import dev.proviso.Request;
import dev.proviso.model.TestStep;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one {@code expect} step.
 *
 * @param at the instant the request was decided at
 * @param request the request sent to the engine, empty when it could not be built
 * @param actual the engine's decision, empty when no request could be built
 * @param problems what did not match, in words; empty when the expectation held
 */
public record ExpectationResult(
    TestStep.Expect expectation,
    Instant at,
    Optional<Request> request,
    Optional<Decision> actual,
    List<String> problems) {

  public ExpectationResult {
    Objects.requireNonNull(expectation, "expectation");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(actual, "actual");
    problems = List.copyOf(problems);
  }

  public boolean passed() {
    return problems.isEmpty();
  }
}
