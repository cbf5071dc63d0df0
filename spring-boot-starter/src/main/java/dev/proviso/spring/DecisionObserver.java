package dev.proviso.spring;

import dev.proviso.log.DecisionEvent;

/**
 * Hears every decision the auto-configured guard makes, beside the decision log: the Micrometer
 * meters are one. Must return quickly and not throw; an event holds the raw subject id, in memory
 * only: never put it in a meter tag, a log line or a message.
 *
 * <pre>{@code
 * @Bean
 * DecisionObserver denials() {
 *   return event -> { if (event.outcome().equals("DENY")) { denied.increment(); } };
 * }
 * }</pre>
 */
@FunctionalInterface
public interface DecisionObserver {
  void decided(DecisionEvent event);
}
