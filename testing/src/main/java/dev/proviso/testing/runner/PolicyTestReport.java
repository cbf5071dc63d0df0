package dev.proviso.testing.runner;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The results of every {@code test} block of one policy. */
public record PolicyTestReport(String policyName, List<PolicyTestResult> results) {

  public PolicyTestReport {
    Objects.requireNonNull(policyName, "policyName");
    results = List.copyOf(results);
  }

  public boolean passed() {
    return results.stream().allMatch(PolicyTestResult::passed);
  }

  public List<PolicyTestResult> failures() {
    return results.stream().filter(r -> !r.passed()).toList();
  }

  /**
   * A summary such as {@code policy "shop": 7 tests, 6 passed, 1 failed} followed by each failure's
   * message.
   */
  public String summary() {
    String head =
        "policy \""
            + policyName
            + "\": "
            + results.size()
            + (results.size() == 1 ? " test, " : " tests, ")
            + (results.size() - failures().size())
            + " passed, "
            + failures().size()
            + " failed";
    return failures().isEmpty()
        ? head
        : head
            + "\n\n"
            + failures().stream()
                .map(PolicyTestResult::failureMessage)
                .collect(Collectors.joining("\n\n"));
  }
}
