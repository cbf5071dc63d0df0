package dev.proviso.testing.runner;

import dev.proviso.Decision;
import java.util.stream.Collectors;

/** Writes a failed policy test up for a person. */
final class FailureText {
  private FailureText() {}

  static String of(PolicyTestResult result) {
    StringBuilder text =
        new StringBuilder("policy test \"")
            .append(result.test().name())
            .append("\" failed (")
            .append(result.test().location().fileAndLine())
            .append(")");
    if (!result.test().subject().isEmpty()) {
      text.append("\n  ").append(StepText.subject(result.test().subject()));
    }
    for (ExpectationResult failure : result.failures()) {
      text.append("\n\n  ")
          .append(failure.expectation().location().fileAndLine())
          .append(": ")
          .append(StepText.of(failure.expectation()))
          .append("\n    decided at ")
          .append(failure.at());
      failure.problems().forEach(p -> text.append("\n    ").append(p));
      failure.actual().ifPresent(decision -> appendDecision(text, decision));
    }
    return text.toString();
  }

  private static void appendDecision(StringBuilder text, Decision decision) {
    text.append("\n    explanation:");
    String lines =
        decision.explanation().lines().stream()
            .map(line -> "      " + line)
            .collect(Collectors.joining("\n"));
    text.append('\n').append(lines);
  }
}
