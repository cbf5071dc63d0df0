package dev.proviso;

import dev.proviso.model.BuiltInName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an allow requires of the caller, returned with the decision. Guards discharge every
 * obligation through one {@code dev.proviso.guard.ObligationHandler} per {@link #kind()}, and
 * refuse the use when no handler can.
 */
public sealed interface Obligation {

  /** The obligation's name as written in a policy, e.g. {@code mask}; keys its handler. */
  String kind();

  /**
   * Values of this category (and its descendants) must be masked, by {@code method} (a {@link
   * dev.proviso.model.MaskMethod} spelling such as {@code redact}) or, when empty, the guard's
   * default masker. A guard refuses a method it does not know.
   */
  record Mask(String category, Optional<String> method) implements Obligation {
    public Mask {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(method, "method");
    }

    /** A mask by the guard's default method. */
    public Mask(String category) {
      this(category, Optional.empty());
    }

    /** As a record prints, the method only when there is one: {@code Mask[category=c]}. */
    @Override
    public String toString() {
      return "Mask[category=" + category + method.map(m -> ", method=" + m).orElse("") + "]";
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

  /**
   * The use must be recorded in the audit trail; {@code tag} (e.g. {@code ccpa_disclosure}), when
   * present, is carried into the audit record so disclosures can be found by their label.
   */
  record Audit(Optional<String> tag) implements Obligation {
    public static final Audit INSTANCE = new Audit();

    public Audit {
      Objects.requireNonNull(tag, "tag");
    }

    /** An audit without a tag. */
    public Audit() {
      this(Optional.empty());
    }

    /** An audit with {@code tag}. */
    public static Audit tagged(String tag) {
      return new Audit(Optional.of(tag));
    }

    /** {@code Audit[]}, or {@code Audit[tag=ccpa_disclosure]}. */
    @Override
    public String toString() {
      return "Audit[" + tag.map(t -> "tag=" + t).orElse("") + "]";
    }

    @Override
    public String kind() {
      return BuiltInName.AUDIT.spelling();
    }
  }

  /**
   * The subject must be notified with this message, on {@code channel} (a tag such as {@code
   * email}, handed to the guard's notifier) or the notifier's default channel when empty.
   */
  record Notify(String message, Optional<String> channel) implements Obligation {
    public Notify {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(channel, "channel");
    }

    /** A notification on the default channel. */
    public Notify(String message) {
      this(message, Optional.empty());
    }

    /** As a record prints, the channel only when there is one. */
    @Override
    public String toString() {
      return "Notify[message=" + message + channel.map(c -> ", channel=" + c).orElse("") + "]";
    }

    @Override
    public String kind() {
      return BuiltInName.NOTIFY.spelling();
    }
  }
}
