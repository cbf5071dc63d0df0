package dev.proviso.dsl.internal.check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The facts a test can state with {@code given NAME(argument) at T}: consent given or withdrawn for
 * a purpose, an opt-out made or taken back. Like {@link BuiltIn}, the one list the test checker and
 * the lowering read; {@code given erasure at T} has its own syntax.
 */
public enum GivenFact {
  CONSENT("consent", Subject.PURPOSE, true),
  WITHDRAWN("withdrawn", Subject.PURPOSE, false),
  OPTED_OUT("opted_out", Subject.OPT_OUT, true),
  OPTED_IN("opted_in", Subject.OPT_OUT, false);

  /** What the fact is about. */
  public enum Subject {
    PURPOSE,
    OPT_OUT
  }

  private final String spelling;
  private final Subject subject;
  private final boolean holds;

  GivenFact(String spelling, Subject subject, boolean holds) {
    this.spelling = spelling;
    this.subject = subject;
    this.holds = holds;
  }

  public String spelling() {
    return spelling;
  }

  public Subject subject() {
    return subject;
  }

  /** True for consent given and opted out; false for withdrawn and opted in. */
  public boolean holds() {
    return holds;
  }

  /** Only a consent can have an end ({@code until}). */
  public boolean mayEnd() {
    return this == CONSENT;
  }

  public static Optional<GivenFact> named(String name) {
    return Arrays.stream(values()).filter(f -> f.spelling.equals(name)).findFirst();
  }

  public static List<String> spellings() {
    return Arrays.stream(values()).map(GivenFact::spelling).toList();
  }
}
