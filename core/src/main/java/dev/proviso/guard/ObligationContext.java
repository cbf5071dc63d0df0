package dev.proviso.guard;

import dev.proviso.Category;
import dev.proviso.Decision;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.model.Coverage;
import dev.proviso.model.Effect;
import java.time.Instant;
import java.util.List;

/**
 * One allowed use a guard is about to let through, as its {@link ObligationHandler}s see it: whose
 * data, which categories, for what, the decision, and what a handler may do about it.
 *
 * <pre>{@code
 * ObligationHandler audit = ObligationHandler.of("audit", (obligation, use) -> use.record());
 * }</pre>
 */
public final class ObligationContext {
  /** Whether the guard hands out values it can shape, and what it does with a withheld use. */
  enum Mode {
    /** {@code decide}: the decision goes back to the caller, obligations and all. */
    ANSWER,
    /** {@code check}: the caller goes on to use the data; a withheld use is refused. */
    CHECK,
    /** A filter: values are masked, pseudonymized or removed as handlers restrict them. */
    SHAPE
  }

  private final Guard guard;
  private final Request request;
  private final Decision decision;
  private final Mode mode;
  private final String[] paths; // the categories whose values a SHAPE use hands out
  private final FieldAction[] actions; // one per path; handlers strengthen them
  private final int from; // the paths this decision stands for: [from, to)
  private final int to;
  private boolean withheld;
  private boolean recorded;

  ObligationContext(Guard guard, Request request, Decision decision, Mode mode) {
    this(guard, request, decision, mode, null, null, 0, 0);
  }

  ObligationContext(
      Guard guard,
      Request request,
      Decision decision,
      Mode mode,
      String[] paths,
      FieldAction[] actions,
      int from,
      int to) {
    this.guard = guard;
    this.request = request;
    this.decision = decision;
    this.mode = mode;
    this.paths = paths;
    this.actions = actions;
    this.from = from;
    this.to = to;
  }

  /** Whose data is used (in memory only: never put its id in a message). */
  public Subject subject() {
    return request.subject();
  }

  /** The dotted purpose path. */
  public String purpose() {
    return request.purpose().path();
  }

  /** The dotted category paths of the use. */
  public List<String> categories() {
    List<Category> categories = request.categories();
    String[] out = new String[categories.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = categories.get(i).path();
    }
    return List.of(out);
  }

  /** The instant the use happens. */
  public Instant at() {
    return request.at();
  }

  public Decision decision() {
    return decision;
  }

  /** True when the guard hands out values it shapes itself (a filter), not just a decision. */
  public boolean shapesValues() {
    return mode == Mode.SHAPE;
  }

  /**
   * Masks, pseudonymizes or removes the values of {@code category}, its ancestors and descendants
   * (semantics rule 2: a restriction reaches both ways). Where the guard hands out only a decision
   * ({@code check}, {@code decide}) the obligation stays in {@link Decision#obligations()} for the
   * caller to apply.
   */
  public void restrict(String category, FieldAction action) {
    if (actions == null) {
      return;
    }
    for (int i = 0; i < paths.length; i++) {
      if (Coverage.covers(Effect.DENY, category, paths[i]) && actions[i].compareTo(action) < 0) {
        actions[i] = action;
      }
    }
  }

  /**
   * The use may not happen now: a filter leaves out this decision's values, {@code check} refuses,
   * {@code decide} returns the decision as it is. Nothing else is discharged for a withheld use.
   */
  public void withhold() {
    withheld = true;
  }

  /**
   * Records the decision in the guard's decision log before the data is handed out; throws (and so
   * refuses the use) when there is no log or it will not take the record.
   */
  public void record() {
    if (!recorded) {
      guard.record(this);
      recorded = true;
    }
  }

  /** Refuses the use: {@code why} must name no subject id or value. */
  public UndischargedObligationException refusal(String kind, String why) {
    return new UndischargedObligationException(categories(), purpose(), kind, why, decision, null);
  }

  UndischargedObligationException refusal(String kind, String why, Throwable cause) {
    return new UndischargedObligationException(categories(), purpose(), kind, why, decision, cause);
  }

  Request request() {
    return request;
  }

  boolean withheld() {
    return withheld;
  }

  boolean recorded() {
    return recorded;
  }

  /** Applies a withheld use: removes this decision's values, or refuses a checked use. */
  void settleWithheld() {
    if (!withheld) {
      return;
    }
    if (mode == Mode.SHAPE) {
      for (int i = from; i < to; i++) {
        actions[i] = FieldAction.REMOVE;
      }
    } else if (mode == Mode.CHECK) {
      throw refusal("not_before", "the use may not happen yet");
    }
  }
}
