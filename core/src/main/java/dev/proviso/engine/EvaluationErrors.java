package dev.proviso.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects why conditions could not be evaluated, for explanations. Only the explaining path passes
 * one; the hot path passes {@code null} and falls back to the explaining path on ERROR. Kleene
 * operators {@link #truncate} errors that did not decide their result.
 */
public final class EvaluationErrors {

  /** One condition that could not be evaluated, in policy syntax, and why. */
  public record Failure(String condition, String reason) {}

  private final List<Failure> failures = new ArrayList<>();

  public void add(String condition, String reason) {
    failures.add(new Failure(condition, reason));
  }

  public int mark() {
    return failures.size();
  }

  public void truncate(int mark) {
    while (failures.size() > mark) {
      failures.remove(failures.size() - 1);
    }
  }

  public List<Failure> since(int mark) {
    return List.copyOf(failures.subList(mark, failures.size()));
  }
}
