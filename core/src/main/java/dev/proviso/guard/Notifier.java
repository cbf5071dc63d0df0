package dev.proviso.guard;

import dev.proviso.Subject;

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
}
