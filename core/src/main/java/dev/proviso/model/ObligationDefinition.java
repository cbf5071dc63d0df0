package dev.proviso.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An obligation as written on an allow or an {@code oblige} rule; {@code not_before} is evaluated
 * per request. Arguments are labels and methods, never personal data.
 */
public sealed interface ObligationDefinition {

  /**
   * {@code mask(contact.phone)} or {@code mask(contact.phone, redact)}: the caller must mask values
   * of this category, by {@code method} ({@link MaskMethod} spellings) or the guard's default.
   */
  record Mask(String category, Optional<String> method) implements ObligationDefinition {
    public Mask {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(method, "method");
    }

    /** A mask by the guard's default method. */
    public Mask(String category) {
      this(category, Optional.empty());
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

  /**
   * {@code audit} or {@code audit("ccpa_disclosure")}: the use must be recorded in the audit trail,
   * with the tag when there is one.
   */
  record Audit(Optional<String> tag) implements ObligationDefinition {
    public Audit {
      Objects.requireNonNull(tag, "tag");
    }

    /** An audit without a tag. */
    public Audit() {
      this(Optional.empty());
    }
  }

  /**
   * {@code notify("...")} or {@code notify("...", "email")}: the subject must be notified with this
   * message, on the named channel when there is one.
   */
  record Notify(String message, Optional<String> channel) implements ObligationDefinition {
    public Notify {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(channel, "channel");
    }

    /** A notification on the notifier's default channel. */
    public Notify(String message) {
      this(message, Optional.empty());
    }
  }
}
