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

  /**
   * Records an event a use depends on (the decision carries {@code audit}): the guard hands out the
   * data only once this returns, and refuses the use when it throws. By default {@link #append}; a
   * log that may drop events must throw here instead.
   */
  default void appendRequired(DecisionEvent event) {
    append(event);
  }

  /**
   * Makes every decision appended before the call readable where the log is read (a report builder
   * calls it first). Unlike {@link #append} it may block; it throws when it cannot finish. A log
   * that writes synchronously has nothing to do.
   */
  default void flush() {}
}
