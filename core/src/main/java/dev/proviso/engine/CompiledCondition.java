package dev.proviso.engine;

import dev.proviso.Request;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentHistory;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.model.ConsentDefinition;

/**
 * A condition compiled for evaluation: {@link #eval} returns {@link Tri#TRUE}, {@link Tri#FALSE} or
 * {@link Tri#ERROR} without allocating (except calendar arithmetic and explanations). With {@code
 * errors} non-null it also records why a condition could not be evaluated.
 */
public abstract class CompiledCondition {
  private final String text;

  CompiledCondition(String text) {
    this.text = text;
  }

  public abstract int eval(Request request, ConsentView consents, EvaluationErrors errors);

  /** The condition in policy syntax. */
  public String text() {
    return text;
  }

  /** Whether evaluating it asks the consent view or reads the clock-dependent parts. */
  @Override
  public String toString() {
    return text;
  }

  /**
   * {@code and} / {@code or} in Kleene logic: the first operand equal to {@code dominant} (FALSE
   * for and, TRUE for or) decides; otherwise any ERROR makes the result ERROR, else {@code
   * identity}.
   */
  static final class Junction extends CompiledCondition {
    private final CompiledCondition[] operands;
    private final int dominant;
    private final int identity;

    private Junction(String text, CompiledCondition[] operands, boolean and) {
      super(text);
      this.operands = operands;
      this.dominant = and ? Tri.FALSE : Tri.TRUE;
      this.identity = and ? Tri.TRUE : Tri.FALSE;
    }

    static Junction and(String text, CompiledCondition[] operands) {
      return new Junction(text, operands, true);
    }

    static Junction or(String text, CompiledCondition[] operands) {
      return new Junction(text, operands, false);
    }

    @Override
    public int eval(Request request, ConsentView consents, EvaluationErrors errors) {
      int mark = errors == null ? 0 : errors.mark();
      int result = identity;
      for (CompiledCondition operand : operands) {
        int value = operand.eval(request, consents, errors);
        if (value == dominant) {
          result = dominant;
          break;
        }
        if (value == Tri.ERROR) {
          result = Tri.ERROR;
        }
      }
      // Errors of operands that did not decide the result are not the reason for it.
      if (result != Tri.ERROR && errors != null) {
        errors.truncate(mark);
      }
      return result;
    }
  }

  static final class Not extends CompiledCondition {
    private final CompiledCondition operand;

    Not(String text, CompiledCondition operand) {
      super(text);
      this.operand = operand;
    }

    @Override
    public int eval(Request request, ConsentView consents, EvaluationErrors errors) {
      return Tri.not(operand.eval(request, consents, errors));
    }
  }

  /** {@code has(x)}: TRUE or FALSE, never ERROR. */
  static final class Has extends CompiledCondition {
    private final CompiledValue attribute;

    Has(String text, CompiledValue attribute) {
      super(text);
      this.attribute = attribute;
    }

    @Override
    public int eval(Request request, ConsentView consents, EvaluationErrors errors) {
      return Tri.of(attribute.present(request));
    }
  }

  /** A bool value used as a condition. */
  static final class IsTrue extends CompiledCondition {
    private final CompiledValue value;

    IsTrue(String text, CompiledValue value) {
      super(text);
      this.value = value;
    }

    @Override
    public int eval(Request request, ConsentView consents, EvaluationErrors errors) {
      Object v = value.get(request, errors);
      if (v instanceof Boolean b) {
        return Tri.of(b);
      }
      if (v != null && errors != null) {
        errors.add(text(), value.text + " is " + CompiledValue.kind(v) + ", expected a bool");
      }
      return Tri.ERROR;
    }
  }

  /** A consent view that throws makes the condition ERROR, and the explanation says why. */
  int storeFailed(EvaluationErrors errors, Throwable e) {
    UserCodeFailure.caught(e);
    if (errors != null) {
      errors.add(text(), "consent store failed: " + UserCodeFailure.describe(e));
    }
    return Tri.ERROR;
  }

  /** {@code consent(p)}: only GIVEN is consent; a failing consent view gives ERROR. */
  static final class Consent extends CompiledCondition {
    private final String purpose;

    Consent(String text, String purpose) {
      super(text);
      this.purpose = purpose;
    }

    @Override
    public int eval(Request request, ConsentView consents, EvaluationErrors errors) {
      ConsentState state;
      try {
        state = consents.consent(request.subject().id(), purpose, request.at());
      } catch (Throwable e) {
        return storeFailed(errors, e);
      }
      if (errors != null) {
        errors.consentRead(purpose, false, state == null ? ConsentState.UNKNOWN : state, null);
      }
      return Tri.of(state == ConsentState.GIVEN);
    }
  }

  /**
   * {@code consent(newsletter)} of a declared consent: the deciding event from the view, the state
   * derived here with the policy's validity and giver ({@link ConsentHistory}); only GIVEN is
   * consent. Allocation-free unless the validity is in months or years.
   */
  static final class ConsentKind extends CompiledCondition {
    private final ConsentDefinition consent;

    ConsentKind(String text, ConsentDefinition consent) {
      super(text);
      this.consent = consent;
    }

    @Override
    public int eval(Request request, ConsentView consents, EvaluationErrors errors) {
      ConsentEvent deciding;
      try {
        deciding = consents.decidingConsent(request.subject().id(), consent, request.at());
      } catch (Throwable e) {
        return storeFailed(errors, e);
      }
      if (deciding != null && !ConsentHistory.counts(deciding, consent)) {
        // a view that answers with an event about something else must not grant
        if (errors != null) {
          errors.add(text(), "the consent store answered with an event of another consent");
        }
        return Tri.ERROR;
      }
      ConsentState state = ConsentHistory.consentState(consent, deciding, request.at());
      if (errors != null) {
        errors.consentRead(consent.name(), true, state, deciding == null ? null : deciding.at());
      }
      return Tri.of(state == ConsentState.GIVEN);
    }
  }

  /** {@code opted_out(x)}; a failing consent view gives ERROR. */
  static final class OptedOut extends CompiledCondition {
    private final String name;

    OptedOut(String text, String name) {
      super(text);
      this.name = name;
    }

    @Override
    public int eval(Request request, ConsentView consents, EvaluationErrors errors) {
      try {
        return Tri.of(consents.optedOut(request.subject().id(), name, request.at()));
      } catch (Throwable e) {
        return storeFailed(errors, e);
      }
    }
  }
}
