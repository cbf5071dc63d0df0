package dev.proviso.engine;

import dev.proviso.consent.ConsentState;
import java.time.Instant;
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

  /**
   * One consent a condition read: the declared consent's name or the purpose path, the state at the
   * decision instant, and when the deciding event took effect (null when unknown).
   */
  public record ConsentRead(
      String consent, boolean declared, ConsentState state, Instant eventAt) {}

  private final List<Failure> failures = new ArrayList<>();
  private final List<ConsentRead> reads = new ArrayList<>();

  /** Records a consent read; reads are facts and survive {@link #truncate}. */
  public void consentRead(String consent, boolean declared, ConsentState state, Instant eventAt) {
    reads.add(new ConsentRead(consent, declared, state, eventAt));
  }

  /** Every consent read so far, in order. */
  public List<ConsentRead> reads() {
    return List.copyOf(reads);
  }

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
