package dev.proviso;

import dev.proviso.model.BuiltInName;
import java.time.Instant;
import java.util.Objects;

/**
 * What an allow requires of the caller, returned with the decision. Guards discharge every
 * obligation through one {@code dev.proviso.guard.ObligationHandler} per {@link #kind()}, and
 * refuse the use when no handler can.
 */
public sealed interface Obligation {

  /** The obligation's name as written in a policy, e.g. {@code mask}; keys its handler. */
  String kind();

  /** Values of this category (and its descendants) must be masked. */
  record Mask(String category) implements Obligation {
    public Mask {
      Objects.requireNonNull(category, "category");
    }

    @Override
    public String kind() {
      return BuiltInName.MASK.spelling();
    }
  }

  /** Values of this category (and its descendants) must be replaced with a keyed pseudonym. */
  record Pseudonymize(String category) implements Obligation {
    public Pseudonymize {
      Objects.requireNonNull(category, "category");
    }

    @Override
    public String kind() {
      return BuiltInName.PSEUDONYMIZE.spelling();
    }
  }

  /** The use may not happen before this instant; when several apply, the latest wins. */
  record NotBefore(Instant at) implements Obligation {
    public NotBefore {
      Objects.requireNonNull(at, "at");
    }

    @Override
    public String kind() {
      return BuiltInName.NOT_BEFORE.spelling();
    }
  }

  /** The use must be recorded in the audit trail. */
  record Audit() implements Obligation {
    public static final Audit INSTANCE = new Audit();

    @Override
    public String kind() {
      return BuiltInName.AUDIT.spelling();
    }
  }

  /** The subject must be notified with this message. */
  record Notify(String message) implements Obligation {
    public Notify {
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String kind() {
      return BuiltInName.NOTIFY.spelling();
    }
  }
}
