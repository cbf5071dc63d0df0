package dev.proviso;

import dev.proviso.consent.ConsentState;
import dev.proviso.model.Effect;
import dev.proviso.model.RuleForm;
import dev.proviso.model.SourceLocation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One structured entry of an {@link Explanation}, so tools can assert on why a decision came out as
 * it did without parsing text.
 *
 * <pre>{@code
 * decision.explanation().entries().stream()
 *     .filter(Reason.RuleMatched.class::isInstance)
 *     .map(r -> ((Reason.RuleMatched) r).ruleId())
 *     .toList();
 * }</pre>
 */
public sealed interface Reason {

  /** The requested category this reason is about, or empty when it concerns the whole request. */
  Optional<String> category();

  /** The human-readable line, without indentation. */
  String line();

  /** A rule matched (for an advisory rule: its advice was added; the outcome is unchanged). */
  record RuleMatched(
      String ruleId,
      SourceLocation location,
      Effect effect,
      RuleForm form,
      boolean advisory,
      Optional<String> regime,
      Optional<String> because,
      String summary,
      Optional<String> category)
      implements Reason {
    @Override
    public String line() {
      String kind = (advisory ? "advisory " : "") + effect.name().toLowerCase(Locale.ROOT);
      return kind
          + " by "
          + ruleId
          + " ("
          + regime.map(r -> "regime " + r).orElse("top level")
          + ")"
          + category.map(c -> " on " + c).orElse("")
          + ": "
          + summary
          + because.map(b -> " — \"" + b + "\"").orElse("");
    }
  }

  /**
   * A condition could not be evaluated; the engine failed closed.
   *
   * @param owner what the condition belongs to: a rule id, {@code regime gdpr}, or a retention id
   * @param consequence what failing closed meant, e.g. {@code the deny applies}
   */
  record ConditionFailed(
      String owner, String condition, String reason, String consequence, Optional<String> category)
      implements Reason {
    @Override
    public String line() {
      return "condition "
          + condition
          + " of "
          + owner
          + " could not be evaluated: "
          + reason
          + "; failed closed ("
          + consequence
          + ")";
    }
  }

  /**
   * Default deny: no allow matched. {@code scopes} are the top level and every applicable regime
   * with a rule about this category and purpose.
   */
  record NoAllow(Optional<String> category, String purpose, List<String> scopes) implements Reason {
    public NoAllow {
      scopes = List.copyOf(scopes);
    }

    @Override
    public String line() {
      return "no allow matched"
          + category.map(c -> " for " + c).orElse("")
          + " in: "
          + String.join(", ", scopes);
    }
  }

  /**
   * Default deny: a candidate allow (one whose categories and purposes cover the request) did not
   * match, and why: {@code regime r does not apply}, {@code regime r could not be evaluated},
   * {@code its condition does not hold}, {@code its condition could not be evaluated} (the failure
   * has its own {@link ConditionFailed} line), {@code its not_before could not be evaluated}.
   * Listed, in source order, after the {@link NoAllow} line of the category.
   */
  record AllowNotMatched(
      String ruleId, Optional<String> regime, String why, String summary, Optional<String> category)
      implements Reason {
    @Override
    public String line() {
      return "allow "
          + ruleId
          + " ("
          + regime.map(r -> "regime " + r).orElse("top level")
          + ")"
          + category.map(c -> " on " + c).orElse("")
          + " did not match: "
          + why
          + ": "
          + summary;
    }
  }

  /**
   * A denied use would be allowed from {@code at} (the earliest such instant found by deciding
   * again at the instants the rules' time conditions turn at), given what is known now; only in the
   * explanation of {@code Policy.explain}.
   */
  record AllowedFrom(Instant at) implements Reason {
    @Override
    public Optional<String> category() {
      return Optional.empty();
    }

    @Override
    public String line() {
      return "would be allowed from " + at + " (if nothing else changes)";
    }
  }

  /**
   * A consent condition of a rule that decided (or of a regime's condition) read the subject's
   * consent: its state at the decision instant and the time of the event that set it. Carries no
   * subject id.
   *
   * @param owner the rule id (or {@code regime gdpr}) whose condition asked
   * @param consent the declared consent's name, or the purpose path of a purpose-keyed consent
   * @param declared whether {@code consent} names a declared consent (else a purpose)
   * @param eventAt when the deciding event took effect; empty when UNKNOWN (nothing recorded) or
   *     when the view reports a state without its event (purpose-keyed consent)
   */
  record ConsentChecked(
      String owner,
      String consent,
      boolean declared,
      ConsentState state,
      Optional<Instant> eventAt,
      Optional<String> category)
      implements Reason {
    @Override
    public String line() {
      return "consent("
          + consent
          + ") of "
          + owner
          + category.map(c -> " on " + c).orElse("")
          + " is "
          + state
          + eventAt
              .map(t -> (state == ConsentState.EXPIRED ? " (given " : " (since ") + t + ")")
              .orElse(state == ConsentState.UNKNOWN ? " (never recorded)" : "");
    }
  }

  /** The subject is restricted after an erasure request and no retention keeps this use. */
  record Restricted(Optional<String> category, String purpose) implements Reason {
    @Override
    public String line() {
      return "subject is restricted after an erasure request: no retention in force keeps "
          + category.orElse("this data")
          + " for "
          + purpose;
    }
  }

  /** A retention in force exempts this use from the erasure restriction until {@code until}. */
  record Retained(String retentionId, Optional<String> category, String purpose, Instant until)
      implements Reason {
    @Override
    public String line() {
      return "subject is restricted, but retention "
          + retentionId
          + " keeps "
          + category.orElse("this data")
          + " for "
          + purpose
          + " until "
          + until;
    }
  }

  /** Whether the subject asked for erasure could not be read; treated as restricted. */
  record ErasureUnknown(String reason) implements Reason {
    @Override
    public Optional<String> category() {
      return Optional.empty();
    }

    @Override
    public String line() {
      return "erasure state could not be read: "
          + reason
          + "; failed closed (treated as restricted)";
    }
  }

  /** A handle from another version of the policy names something this version lacks. */
  record UnknownName(String kind, String name, String policy) implements Reason {
    @Override
    public Optional<String> category() {
      return Optional.empty();
    }

    @Override
    public String line() {
      return kind + " '" + name + "' is not declared in " + policy + "; failed closed";
    }
  }

  /** The engine could not decide (a bug or a bad request); it failed closed. */
  record EngineFailure(String message) implements Reason {
    @Override
    public Optional<String> category() {
      return Optional.empty();
    }

    @Override
    public String line() {
      return "the decision could not be made: " + message + "; failed closed";
    }
  }
}
