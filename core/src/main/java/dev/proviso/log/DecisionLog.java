package dev.proviso.log;

/**
 * Where a guard reports each decision it makes. Implementations must return quickly and must not
 * throw: a decision never waits on, or fails because of, its log.
 *
 * <pre>{@code
 * try (AsyncDecisionLogWriter log =
 *     AsyncDecisionLogWriter.toFile(path, DecisionLogCodec.JSON_LINES, pseudonymizer, 10_000)) {
 *   Guard guard = Guard.builder(() -> policy).decisionLog(log).build();
 * }
 * }</pre>
 */
@FunctionalInterface
public interface DecisionLog {

  /** A log that records nothing. */
  DecisionLog NONE = event -> {};

  /** Records one decision; never blocks for long and never throws. */
  void append(DecisionEvent event);
}
