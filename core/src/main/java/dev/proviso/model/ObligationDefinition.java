package dev.proviso.model;

import java.util.Objects;

/** An obligation as written on an allow rule; {@code not_before} is evaluated per request. */
public sealed interface ObligationDefinition {

  /** {@code mask(contact.phone)}: the caller must mask values of this category. */
  record Mask(String category) implements ObligationDefinition {
    public Mask {
      Objects.requireNonNull(category, "category");
    }
  }

  /** {@code pseudonymize(contact)}: the caller must replace values with a keyed pseudonym. */
  record Pseudonymize(String category) implements ObligationDefinition {
    public Pseudonymize {
      Objects.requireNonNull(category, "category");
    }
  }

  /** {@code not_before(event.cart_abandoned + 24h)}: the use may not happen before that instant. */
  record NotBefore(Value instant) implements ObligationDefinition {
    public NotBefore {
      Objects.requireNonNull(instant, "instant");
    }
  }

  /** {@code audit}: the use must be recorded in the audit trail. */
  record Audit() implements ObligationDefinition {}

  /** {@code notify("...")}: the subject must be notified with this message. */
  record Notify(String message) implements ObligationDefinition {
    public Notify {
      Objects.requireNonNull(message, "message");
    }
  }
}
