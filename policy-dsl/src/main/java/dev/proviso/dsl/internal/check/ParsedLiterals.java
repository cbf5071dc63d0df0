package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.model.PolicyDuration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The instants and durations the checker parsed, by literal: lowering reads them here instead of
 * parsing again, so a literal has one meaning, the one that was checked.
 */
public final class ParsedLiterals {

  private final Map<Expr.InstantLiteral, Instant> instants;
  private final Map<Expr.DurationLiteral, PolicyDuration> durations;

  private ParsedLiterals(
      Map<Expr.InstantLiteral, Instant> instants,
      Map<Expr.DurationLiteral, PolicyDuration> durations) {
    this.instants = Map.copyOf(instants);
    this.durations = Map.copyOf(durations);
  }

  /** The checked value of {@code literal}. */
  public Instant instant(Expr.InstantLiteral literal) {
    return checked(instants.get(literal));
  }

  /** The checked value of {@code literal}. */
  public PolicyDuration duration(Expr.DurationLiteral literal) {
    return checked(durations.get(literal));
  }

  private static <T> T checked(T value) {
    if (value == null) {
      // Lowering only runs without errors, after every literal was checked.
      throw new IllegalStateException("a literal reached lowering unchecked");
    }
    return value;
  }

  /** Collects the literals while checking. */
  static final class Builder {
    private final Map<Expr.InstantLiteral, Instant> instants = new HashMap<>();
    private final Map<Expr.DurationLiteral, PolicyDuration> durations = new HashMap<>();

    void instant(Expr.InstantLiteral literal, Instant value) {
      instants.put(literal, value);
    }

    void duration(Expr.DurationLiteral literal, PolicyDuration value) {
      durations.put(literal, value);
    }

    ParsedLiterals build() {
      return new ParsedLiterals(instants, durations);
    }
  }
}
