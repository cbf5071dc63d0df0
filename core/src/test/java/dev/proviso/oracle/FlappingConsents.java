package dev.proviso.oracle;

import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.model.ConsentDefinition;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A consent store whose answers change on every call, like a flapping outage or a write landing
 * between two reads: on every second call it either gives the opposite of {@code world}'s answer or
 * throws. It records how often each question was asked and what it answered first, so a test can
 * replay exactly the world one decision saw ({@link #seen()}).
 */
final class FlappingConsents implements ConsentView {
  enum Mode {
    ALTERNATE,
    THROW_EVERY_OTHER
  }

  private final ConsentView world;
  private final Mode mode;
  private final Map<String, Integer> asked = new LinkedHashMap<>();
  private final Map<String, Object> firstAnswers = new LinkedHashMap<>();
  private int calls;

  FlappingConsents(ConsentView world, Mode mode, boolean startFlipped) {
    this.world = world;
    this.mode = mode;
    this.calls = startFlipped ? 1 : 0;
  }

  /** How many times each question ({@code consent:p}, {@code opted_out:x}, {@code erasure}). */
  Map<String, Integer> asked() {
    return asked;
  }

  /** The world as the decision saw it: first answers, and {@code world} for what it never asked. */
  ConsentView seen() {
    return new ConsentView() {
      @Override
      public ConsentState consent(String subjectId, String purpose, Instant at) {
        Object a = firstAnswers.get("consent:" + purpose);
        return a == null ? world.consent(subjectId, purpose, at) : (ConsentState) unwrap(a);
      }

      @Override
      public ConsentEvent decidingConsent(String subjectId, ConsentDefinition consent, Instant at) {
        String question = "consent_kind:" + consent.name();
        if (!firstAnswers.containsKey(question)) {
          return world.decidingConsent(subjectId, consent, at);
        }
        Object a = firstAnswers.get(question);
        return a == NO_EVENT ? null : (ConsentEvent) unwrap(a);
      }

      @Override
      public boolean optedOut(String subjectId, String name, Instant at) {
        Object a = firstAnswers.get("opted_out:" + name);
        return a == null ? world.optedOut(subjectId, name, at) : (Boolean) unwrap(a);
      }

      @Override
      public boolean erasureRequested(String subjectId, Instant at) {
        Object a = firstAnswers.get("erasure");
        return a == null ? world.erasureRequested(subjectId, at) : (Boolean) unwrap(a);
      }

      @Override
      public String toString() {
        return "seen " + firstAnswers;
      }
    };
  }

  private static Object unwrap(Object answer) {
    if (answer instanceof RuntimeException e) {
      throw e;
    }
    return answer;
  }

  @Override
  public ConsentState consent(String subjectId, String purpose, Instant at) {
    return (ConsentState)
        answer(
            "consent:" + purpose,
            () -> world.consent(subjectId, purpose, at),
            s ->
                ((ConsentState) s) == ConsentState.GIVEN
                    ? ConsentState.WITHDRAWN
                    : ConsentState.GIVEN);
  }

  private static final Object NO_EVENT = new Object();

  /** Flips between the world's deciding event and its opposite: none, or a fresh grant. */
  @Override
  public ConsentEvent decidingConsent(String subjectId, ConsentDefinition consent, Instant at) {
    Object a =
        answer(
            "consent_kind:" + consent.name(),
            () -> {
              ConsentEvent e = world.decidingConsent(subjectId, consent, at);
              return e == null ? NO_EVENT : e;
            },
            e ->
                e == NO_EVENT
                    ? consent
                        .givenBy()
                        .map(
                            role ->
                                ConsentEvent.forConsent(
                                        subjectId,
                                        ConsentEventKind.GIVEN,
                                        consent.name(),
                                        at,
                                        "flap",
                                        "v1")
                                    .givenBy(role))
                        .orElse(
                            ConsentEvent.forConsent(
                                subjectId,
                                ConsentEventKind.GIVEN,
                                consent.name(),
                                at,
                                "flap",
                                "v1"))
                    : NO_EVENT);
    return a == NO_EVENT ? null : (ConsentEvent) a;
  }

  @Override
  public boolean optedOut(String subjectId, String name, Instant at) {
    return (Boolean)
        answer("opted_out:" + name, () -> world.optedOut(subjectId, name, at), b -> !(Boolean) b);
  }

  @Override
  public boolean erasureRequested(String subjectId, Instant at) {
    return (Boolean)
        answer("erasure", () -> world.erasureRequested(subjectId, at), b -> !(Boolean) b);
  }

  private Object answer(
      String question,
      java.util.function.Supplier<Object> truth,
      java.util.function.UnaryOperator<Object> opposite) {
    asked.merge(question, 1, Integer::sum);
    boolean flip = calls++ % 2 == 1;
    Object answer;
    try {
      if (flip && mode == Mode.THROW_EVERY_OTHER) {
        throw new IllegalStateException("store flapped on " + question);
      }
      answer = flip ? opposite.apply(truth.get()) : truth.get();
    } catch (RuntimeException e) {
      firstAnswers.putIfAbsent(question, e);
      throw e;
    }
    firstAnswers.putIfAbsent(question, answer);
    return answer;
  }

  @Override
  public String toString() {
    return "FlappingConsents[" + mode + " over " + world + "]";
  }
}
