package dev.proviso;

import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentHistory;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.engine.UserCodeFailure;
import dev.proviso.model.ConsentDefinition;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One decision's snapshot of the consent view: each question (consent for a purpose, an opt-out,
 * the erasure state) goes to the store at most once per decision, and every later ask within the
 * decision gets the same answer, a failure included. So the fast path, its fallback, the listener's
 * report and the explanation all see one world, even when the store's answers change between calls.
 *
 * <p>One instance per thread is reused, so the hot path allocates nothing and takes no lock; {@link
 * Policy} asks the erasure question itself first and takes the snapshot only for cells whose
 * conditions ask the store, or for the general path. A decision started while one is open on the
 * same thread (a consent view that decides itself) gets a fresh instance. Questions about another
 * subject or instant are passed through unremembered.
 */
final class DecisionAnswers implements ConsentView, ConsentRefs.Reads {
  private static final ThreadLocal<DecisionAnswers> PER_THREAD =
      ThreadLocal.withInitial(DecisionAnswers::new);

  private ConsentView store;
  private boolean open;
  private boolean asked;
  private String subjectId; // of the first question; later ones for another are not remembered
  private Instant at;
  private final Memo consents = new Memo();
  private final Memo optOuts = new Memo();
  private final Memo kinds = new Memo(); // declared consents, by name: the deciding event
  private Object erasure; // null: not asked; else Boolean or the Throwable thrown

  /** The snapshot for a decision against {@code store}; {@link #close} it when decided. */
  static DecisionAnswers open(ConsentView store) {
    DecisionAnswers answers = PER_THREAD.get();
    if (answers.open) {
      answers = new DecisionAnswers();
    }
    answers.open = true;
    answers.store = store == null ? ConsentView.NONE : store;
    return answers;
  }

  /**
   * The snapshot for deciding {@code request}, knowing the store's answer to the erasure question
   * already ({@link #askErasure}).
   */
  static DecisionAnswers open(ConsentView store, Request request, Object erasure) {
    DecisionAnswers answers = open(store);
    answers.remembers(request.subject().id(), request.at());
    answers.erasure = erasure;
    return answers;
  }

  /**
   * Asks {@code store} whether the request's subject is restricted, before any snapshot exists:
   * {@link Boolean} or what it threw (any {@link Throwable} but a {@link VirtualMachineError}), for
   * {@link #open(ConsentView, Request, Object)} to remember.
   */
  static Object askErasure(ConsentView store, Request request) {
    String subjectId = request.subject().id();
    Instant at = request.at();
    try {
      return store.erasureRequested(subjectId, at); // boxes to the cached Boolean
    } catch (Throwable e) {
      return UserCodeFailure.caught(e);
    }
  }

  /** Forgets the decision's answers (and the store), ready for the next decision. */
  void close() {
    open = false;
    asked = false;
    store = null;
    subjectId = null;
    at = null;
    erasure = null;
    consents.clear();
    optOuts.clear();
    kinds.clear();
  }

  @Override
  public ConsentState consent(String subjectId, String purpose, Instant at) {
    if (!remembers(subjectId, at)) {
      return store.consent(subjectId, purpose, at);
    }
    return (ConsentState) unwrap(ask(consents, true, subjectId, purpose, at));
  }

  @Override
  public boolean optedOut(String subjectId, String name, Instant at) {
    if (!remembers(subjectId, at)) {
      return store.optedOut(subjectId, name, at);
    }
    return (Boolean) unwrap(ask(optOuts, false, subjectId, name, at));
  }

  @Override
  public ConsentEvent decidingConsent(String subjectId, ConsentDefinition consent, Instant at) {
    if (!remembers(subjectId, at)) {
      return store.decidingConsent(subjectId, consent, at);
    }
    int i = kinds.indexOf(consent.name());
    if (i < 0) {
      Object answer;
      try {
        answer = store.decidingConsent(subjectId, consent, at);
      } catch (Throwable e) {
        answer = UserCodeFailure.caught(e);
      }
      i = kinds.add(consent.name(), answer);
      kinds.definitions[i] = consent;
    }
    return (ConsentEvent) unwrap(kinds.answers[i]);
  }

  /**
   * The state this decision read for the consent when it did not grant, derived with the policy's
   * validity at the decision instant; null when it granted, was not asked, or failed (a failure is
   * explained as such). Allocates nothing for exact validities.
   */
  @Override
  public ConsentState withheld(ConsentRefs.Ref ref) {
    Memo memo = ref.declared() ? kinds : consents;
    int i = at == null ? -1 : memo.indexOf(ref.name());
    if (i < 0 || memo.answers[i] instanceof Throwable) {
      return null;
    }
    Object answer = memo.answers[i];
    ConsentState state =
        ref.declared()
            ? ConsentHistory.consentState(kinds.definitions[i], (ConsentEvent) answer, at)
            : answer == null ? ConsentState.UNKNOWN : (ConsentState) answer;
    return state == ConsentState.GIVEN ? null : state;
  }

  @Override
  public Instant withheldAt(ConsentRefs.Ref ref) {
    if (!ref.declared() || withheld(ref) == null) {
      return null;
    }
    ConsentEvent deciding = (ConsentEvent) kinds.answers[kinds.indexOf(ref.name())];
    return deciding == null ? null : deciding.at();
  }

  /** The remembered answer (or failure) to a consent or opt-out question, asking on first use. */
  private Object ask(Memo memo, boolean consent, String subjectId, String name, Instant at) {
    int i = memo.indexOf(name);
    if (i < 0) {
      Object answer;
      try {
        answer = consent ? store.consent(subjectId, name, at) : store.optedOut(subjectId, name, at);
      } catch (Throwable e) {
        answer = UserCodeFailure.caught(e);
      }
      i = memo.add(name, answer);
    }
    return memo.answers[i];
  }

  @Override
  public boolean erasureRequested(String subjectId, Instant at) {
    if (!remembers(subjectId, at)) {
      return store.erasureRequested(subjectId, at);
    }
    if (erasure == null) {
      try {
        erasure = store.erasureRequested(subjectId, at); // boxes to the cached Boolean
      } catch (Throwable e) {
        erasure = UserCodeFailure.caught(e);
      }
    }
    return (Boolean) unwrap(erasure);
  }

  private static Object unwrap(Object answer) {
    if (answer instanceof Throwable e) {
      throw UserCodeFailure.rethrow(e);
    }
    return answer;
  }

  private boolean remembers(String subjectId, Instant at) {
    if (!asked) {
      asked = true;
      this.subjectId = subjectId;
      this.at = at;
      return true;
    }
    // Identity first: the fast path asks with the request's own id and instant.
    return (this.subjectId == subjectId || Objects.equals(this.subjectId, subjectId))
        && (this.at == at || Objects.equals(this.at, at));
  }

  /** Names asked about and their answers, in small arrays grown on demand and kept per thread. */
  private static final class Memo {
    private String[] names = new String[4];
    private Object[] answers = new Object[4];
    private ConsentDefinition[] definitions = new ConsentDefinition[4]; // of declared consents
    private int size;

    int indexOf(String name) {
      for (int i = 0; i < size; i++) {
        if (names[i] == name || names[i].equals(name)) { // names are the policy's own strings
          return i;
        }
      }
      return -1;
    }

    int add(String name, Object answer) {
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        answers = Arrays.copyOf(answers, size * 2);
        definitions = Arrays.copyOf(definitions, size * 2);
      }
      names[size] = name;
      answers[size] = answer;
      return size++;
    }

    void clear() {
      Arrays.fill(names, 0, size, null);
      Arrays.fill(answers, 0, size, null);
      Arrays.fill(definitions, 0, size, null);
      size = 0;
    }
  }
}
