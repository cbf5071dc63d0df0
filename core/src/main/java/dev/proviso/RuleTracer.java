package dev.proviso;

import dev.proviso.DecisionTables.Candidates;
import dev.proviso.DecisionTables.Rule;
import dev.proviso.consent.ConsentView;
import dev.proviso.engine.CompiledCondition;
import dev.proviso.engine.EvaluationErrors;
import dev.proviso.engine.Tri;
import dev.proviso.trace.RuleEvaluation;
import dev.proviso.trace.RuleListener;
import dev.proviso.trace.Truth;
import java.util.Arrays;

/**
 * Reports, after a decision, how every candidate rule the engine considered fared: per requested
 * category, the denies and advisory rules of applicable scopes, then (if no deny matched) the
 * allows — the order in which {@link Evaluation} decides. Kept apart from the decision paths so the
 * plain {@code decide} pays nothing; used only by {@link Policy#decide(Request, ConsentView,
 * RuleListener)}.
 */
final class RuleTracer {
  private final DecisionTables tables;
  private final Request request;
  private final ConsentView consents;
  private final RuleListener listener;
  private final int[] regimeState; // -1 not evaluated, else a Tri value

  private RuleTracer(
      DecisionTables tables, Request request, ConsentView consents, RuleListener listener) {
    this.tables = tables;
    this.request = request;
    this.consents = consents;
    this.listener = listener;
    this.regimeState = new int[tables.regimes.length];
    Arrays.fill(regimeState, -1);
  }

  static void trace(
      Policy policy,
      DecisionTables tables,
      Request request,
      ConsentView consents,
      Decision decision,
      RuleListener listener) {
    // Restriction, unknown names and engine failures decide before any rule is evaluated.
    if (decision.explanation().entries().stream()
        .anyMatch(
            r ->
                r instanceof Reason.Restricted
                    || r instanceof Reason.UnknownName
                    || r instanceof Reason.EngineFailure)) {
      return;
    }
    Purpose purpose = policy.findPurpose(request.purpose().path()).orElse(null);
    if (purpose == null) {
      return;
    }
    RuleTracer tracer = new RuleTracer(tables, request, consents, listener);
    for (Category requested : request.categories()) {
      policy
          .findCategory(requested.path())
          .ifPresent(c -> tracer.traceCategory(purpose.id(), c.id(), c.path()));
    }
  }

  private void traceCategory(int purpose, int category, String path) {
    Candidates candidates = tables.candidates(purpose, category);
    boolean denied = false;
    for (int r : candidates.denies()) {
      denied |= report(tables.rules[r], path);
    }
    for (int r : candidates.advisories()) {
      report(tables.rules[r], path);
    }
    if (!denied) {
      for (int r : candidates.allows()) {
        report(tables.rules[r], path);
      }
    }
  }

  /** Evaluates and reports a rule of an applicable scope; returns whether it matched. */
  private boolean report(Rule rule, String category) {
    if (!regimeApplies(rule.regime)) {
      return false;
    }
    int when = rule.when == null ? Tri.TRUE : eval(rule.when);
    boolean unlessEvaluated = rule.unless != null && when != Tri.FALSE;
    int unless = unlessEvaluated ? eval(rule.unless) : Tri.FALSE;
    int value = when == Tri.FALSE ? Tri.FALSE : Tri.and(when, Tri.not(unless));
    boolean matched = value == Tri.TRUE || (value == Tri.ERROR && !rule.allow());
    listener.evaluated(
        new RuleEvaluation(
            rule.id(),
            category,
            rule.when == null ? Truth.NOT_EVALUATED : truth(when),
            unlessEvaluated ? truth(unless) : Truth.NOT_EVALUATED,
            matched));
    return matched;
  }

  /** A regime applies when its condition is TRUE or cannot be evaluated (semantics rule 1). */
  private boolean regimeApplies(int regime) {
    if (regime < 0) {
      return true;
    }
    if (regimeState[regime] < 0) {
      CompiledCondition appliesWhen = tables.regimes[regime].appliesWhen();
      regimeState[regime] = appliesWhen == null ? Tri.TRUE : eval(appliesWhen);
    }
    return regimeState[regime] != Tri.FALSE;
  }

  private int eval(CompiledCondition condition) {
    return condition.eval(request, consents, new EvaluationErrors());
  }

  private static Truth truth(int tri) {
    return tri == Tri.TRUE ? Truth.TRUE : tri == Tri.FALSE ? Truth.FALSE : Truth.ERROR;
  }
}
