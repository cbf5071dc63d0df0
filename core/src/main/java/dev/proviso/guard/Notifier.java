package dev.proviso.guard;

import dev.proviso.Subject;
import java.util.Optional;

/**
 * Delivers the message of a {@code notify("...")} obligation to the data subject, before the guard
 * hands out the data. Throwing refuses the use. Without a notifier a guard refuses every use that
 * carries {@code notify}.
 *
 * <pre>{@code
 * Notifier outbox = (subject, message) -> { ... }; // queue an email to the subject
 * Guard guarded = Guard.builder(() -> policy).notifier(outbox).build();
 * }</pre>
 */
@FunctionalInterface
public interface Notifier {

  /** Sends (or durably queues) {@code message} for {@code subject}. */
  void notify(Subject subject, String message);

  /**
   * Sends {@code message} on {@code channel} ({@code notify("...", "email")}), or on the default
   * channel when empty. A notifier that has channels overrides this; the default knows none, so a
   * named channel refuses the use rather than sending the message somewhere the policy did not say.
   */
  default void notify(Subject subject, String message, Optional<String> channel) {
    if (channel.isPresent()) {
      throw new UnsupportedOperationException(
          "this notifier has no channels; override Notifier.notify(subject, message, channel)");
    }
    notify(subject, message);
  }
}
