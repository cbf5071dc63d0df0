package dev.proviso;

import java.time.Instant;
import java.util.Objects;

/**
 * What an allow requires of the caller, returned with the decision. Guards enforce {@link Mask} and
 * {@link Pseudonymize} themselves.
 */
public sealed interface Obligation {

  /** Values of this category (and its descendants) must be masked. */
  record Mask(String category) implements Obligation {
    public Mask {
      Objects.requireNonNull(category, "category");
    }
  }

  /** Values of this category (and its descendants) must be replaced with a keyed pseudonym. */
  record Pseudonymize(String category) implements Obligation {
    public Pseudonymize {
      Objects.requireNonNull(category, "category");
    }
  }

  /** The use may not happen before this instant; when several apply, the latest wins. */
  record NotBefore(Instant at) implements Obligation {
    public NotBefore {
      Objects.requireNonNull(at, "at");
    }
  }

  /** The use must be recorded in the audit trail. */
  record Audit() implements Obligation {
    public static final Audit INSTANCE = new Audit();
  }

  /** The subject must be notified with this message. */
  record Notify(String message) implements Obligation {
    public Notify {
      Objects.requireNonNull(message, "message");
    }
  }
}
