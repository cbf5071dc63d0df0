package dev.proviso;

import dev.proviso.DecisionTables.Candidates;
import dev.proviso.DecisionTables.Regime;
import dev.proviso.DecisionTables.Retention;
import dev.proviso.DecisionTables.Rule;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.engine.CompiledCondition;
import dev.proviso.engine.CompiledValue;
import dev.proviso.engine.EvaluationErrors;
import dev.proviso.engine.Tri;
import dev.proviso.engine.UserCodeFailure;
import dev.proviso.trace.RuleEvaluation;
import dev.proviso.trace.RuleListener;
import dev.proviso.trace.Truth;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The general decision path: evaluates every candidate rule for every requested category and
 * records every reason, telling an optional listener how each rule fared as it goes (the one
 * interpreter behind both {@code decide} and its traced form). It allocates freely; the fast path
 * in {@link Policy} falls back to it whenever a decision needs more than a preallocated answer
 * (errors, not_before, restriction), with the same per-decision consent answers.
 */
final class Evaluation {
  private final Policy policy;
  private final DecisionTables tables;
  private final Request request;
  private final ConsentView consents;
  private final RuleListener listener; // null: nobody is told
  private final int[] regimeState; // -1 not evaluated, else Tri value
  private final List<Reason> reasons = new ArrayList<>();
  private final EvaluationErrors errors = new EvaluationErrors();
  private Optional<String> reasonCategory = Optional.empty();
  private final List<Rule> unmatchedAllows = new ArrayList<>(); // of the category being decided
  private final List<Slot> slots = new ArrayList<>(); // where withheld consents are listed

  /** After {@code reasons[position - 1]} the explanation lists the rule's withheld consents. */
  private record Slot(int position, Rule rule, Optional<String> category) {}

  private int lastWhen; // of the last rule matched: a Tri value, or -1 when not evaluated
  private int lastUnless;

  Evaluation(
      Policy policy,
      DecisionTables tables,
      Request request,
      ConsentView consents,
      RuleListener listener) {
    this.policy = policy;
    this.tables = tables;
    this.request = request;
    this.consents = consents;
    this.listener = listener;
    this.regimeState = new int[tables.regimes.length];
    Arrays.fill(regimeState, -1);
  }

  /** Decides for resolved category ids and a purpose id. */
  Decision decide(int[] categories, int purpose) {
    boolean multi = categories.length > 1;
    if (restrictionDenies(categories, purpose)) {
      return decision(Outcome.DENY, List.of(), List.of(), List.of());
    }
    BitSet denies = new BitSet();
    BitSet allows = new BitSet();
    BitSet advisories = new BitSet();
    BitSet obliges = new BitSet();
    Instant notBefore = null;
    boolean allAllowed = true;
    for (int category : categories) {
      String path = policy.categories().get(category).path();
      reasonCategory = multi ? Optional.of(path) : Optional.empty();
      Candidates candidates = tables.candidates(purpose, category);
      boolean denied = false;
      for (int r : candidates.denies()) {
        Rule rule = tables.rules[r];
        if (applies(rule)) {
          boolean matched = matches(rule) != Tri.FALSE;
          report(rule, path, matched);
          if (matched) {
            denies.set(r);
            denied = true;
          }
        }
      }
      for (int r : candidates.advisories()) {
        Rule rule = tables.rules[r];
        if (applies(rule)) {
          int m = matches(rule);
          boolean matched =
              rule.allow() ? m == Tri.TRUE && notBefore(rule) != FAILED : m != Tri.FALSE;
          report(rule, path, matched);
          if (matched) {
            advisories.set(r);
          }
        }
      }
      boolean allowed = false;
      unmatchedAllows.clear();
      if (!denied) {
        List<Reason> unmatched = new ArrayList<>(candidates.allows().length);
        for (int r : candidates.allows()) {
          Rule rule = tables.rules[r];
          if (applies(rule)) {
            int m = matches(rule);
            Object latest = m == Tri.TRUE ? notBefore(rule) : FAILED;
            report(rule, path, latest != FAILED);
            if (latest != FAILED) {
              allows.set(r);
              allowed = true;
              if (latest instanceof Instant at && (notBefore == null || at.isAfter(notBefore))) {
                notBefore = at;
              }
            } else {
              unmatched.add(
                  rule.unmatched(
                      m == Tri.FALSE
                          ? CONDITION_FALSE
                          : m == Tri.ERROR ? CONDITION_UNKNOWN : NOT_BEFORE_UNKNOWN,
                      reasonCategory));
            }
          } else {
            String regime = "regime " + tables.regimes[rule.regime].name();
            boolean unknown = regimeState[rule.regime] == Tri.ERROR;
            unmatched.add(
                rule.unmatched(
                    regime + (unknown ? " could not be evaluated" : " does not apply"),
                    reasonCategory));
          }
        }
        if (!allowed) {
          for (Rule allow : unmatchedAllows) { // the consents that would have granted, and why not
            slots.add(new Slot(reasons.size(), allow, reasonCategory));
          }
          reasons.add(
              new Reason.NoAllow(
                  reasonCategory, policy.purposes().get(purpose).path(), scopes(candidates)));
          reasons.addAll(unmatched);
        }
      }
      // Oblige rules add obligations to an allowed use; they never make one (semantics rule 6).
      for (int r : allowed ? candidates.obliges() : NONE) {
        Rule rule = tables.rules[r];
        if (applies(rule)) {
          boolean matched = matches(rule) != Tri.FALSE; // unsure: the obligations apply
          Object latest = matched ? notBefore(rule) : null;
          report(rule, path, matched && latest != FAILED);
          if (latest == FAILED) {
            allowed = false; // an obligation that cannot be worked out refuses the use
          } else if (matched) {
            obliges.set(r);
            if (latest instanceof Instant at && (notBefore == null || at.isAfter(notBefore))) {
              notBefore = at;
            }
          }
        }
      }
      allAllowed &= allowed;
    }
    List<String> advice = new ArrayList<>();
    advisories.stream().forEach(r -> advice.add(tables.rules[r].advice()));
    if (!allAllowed) {
      return decision(Outcome.DENY, List.of(), ids(denies), advice);
    }
    Set<Obligation> obligations = new LinkedHashSet<>();
    BitSet obligating = (BitSet) allows.clone();
    obligating.or(obliges);
    obligating.stream().forEach(r -> obligations.addAll(tables.rules[r].obligations));
    if (notBefore != null) {
      obligations.add(new Obligation.NotBefore(notBefore));
    }
    return decision(Outcome.ALLOW, List.copyOf(obligations), ids(allows), advice);
  }

  /** Decision for a request that cannot be decided by the rules (unknown names, failures). */
  Decision failClosed(Reason reason) {
    reasons.add(reason);
    return decision(Outcome.DENY, List.of(), List.of(), List.of());
  }

  private Decision decision(
      Outcome outcome, List<Obligation> obligations, List<String> ruleIds, List<String> advice) {
    Explanation explanation = policy.explanation(outcome, request, withConsents());
    return new Decision(policy, outcome, obligations, ruleIds, advice, () -> explanation);
  }

  private List<String> ids(BitSet rules) {
    List<String> ids = new ArrayList<>();
    rules.stream().forEach(r -> ids.add(tables.rules[r].id()));
    return ids;
  }

  /** Semantics rule 7: a restricted subject's use needs a retention in force per category. */
  private boolean restrictionDenies(int[] categories, int purpose) {
    boolean restricted;
    try {
      restricted = consents.erasureRequested(request.subject().id(), request.at());
    } catch (Throwable e) {
      reasons.add(new Reason.ErasureUnknown(UserCodeFailure.describe(UserCodeFailure.caught(e))));
      restricted = true;
    }
    if (!restricted) {
      return false;
    }
    boolean denied = false;
    String purposePath = policy.purposes().get(purpose).path();
    for (int category : categories) {
      Optional<String> label = Optional.of(policy.categories().get(category).path());
      Reason reason = new Reason.Restricted(label, purposePath);
      for (Retention retention : tables.retentions) {
        Instant until = inForceUntil(retention, category, purpose);
        if (until != null) {
          reason = new Reason.Retained(retention.definition().id(), label, purposePath, until);
          break;
        }
      }
      denied |= reason instanceof Reason.Restricted;
      reasons.add(reason);
    }
    return denied;
  }

  private Instant inForceUntil(Retention retention, int category, int purpose) {
    if (!retention.categories().get(category)
        || !retention.purposes().get(purpose)
        || !regimeHolds(retention.regime())) {
      return null;
    }
    Instant event = request.event(retention.definition().event());
    if (event == null || !retentionHolds(retention, category)) {
      return null;
    }
    try {
      Instant until = retention.definition().period().addTo(event);
      return until.isAfter(request.at()) ? until : null;
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /** A retention's {@code when} must be TRUE: a retention opens a use, and errors never grant. */
  private boolean retentionHolds(Retention retention, int category) {
    if (retention.when() == null) {
      return true;
    }
    int mark = errors.mark();
    int value = retention.when().eval(request, consents, errors);
    if (value == Tri.ERROR) {
      failures(
          retention.definition().id(),
          mark,
          "the retention does not keep it",
          Optional.of(policy.categories().get(category).path()));
    }
    errors.truncate(mark);
    return value == Tri.TRUE;
  }

  /**
   * Semantics rule 1: a regime whose condition cannot be evaluated applies for its denies and
   * requirements, but its allows (and its retentions, which open a use) do not grant.
   */
  private boolean applies(Rule rule) {
    return rule.allow() ? regimeHolds(rule.regime) : regimeApplies(rule.regime);
  }

  /** Whether the regime's condition is TRUE (errors never grant). */
  private boolean regimeHolds(int regime) {
    return regimeApplies(regime) && (regime < 0 || regimeState[regime] == Tri.TRUE);
  }

  /** A regime applies when its condition is TRUE or cannot be evaluated (semantics rule 1). */
  private boolean regimeApplies(int regime) {
    if (regime < 0) {
      return true;
    }
    if (regimeState[regime] < 0) {
      Regime r = tables.regimes[regime];
      int mark = errors.mark();
      int value =
          r.appliesWhen() == null ? Tri.TRUE : r.appliesWhen().eval(request, consents, errors);
      regimeState[regime] = value;
      if (value == Tri.ERROR) {
        failures("regime " + r.name(), mark, "regime " + r.name() + " applies", Optional.empty());
      }
    }
    return regimeState[regime] != Tri.FALSE;
  }

  /** {@code when ∧ ¬unless}; records the reason when it matches or fails. */
  private int matches(Rule rule) {
    int mark = errors.mark();
    int value = evaluate(rule.when, Tri.TRUE);
    lastWhen = rule.when == null ? -1 : value;
    lastUnless = -1;
    if (value != Tri.FALSE && rule.unless != null) {
      lastUnless = evaluate(rule.unless, Tri.FALSE);
      value = Tri.and(value, Tri.not(lastUnless));
    }
    boolean matched = value == Tri.TRUE || (value == Tri.ERROR && !rule.allow());
    if (matched) {
      reasons.add(rule.matched(reasonCategory));
      if (!rule.allow()) { // an allow that matched was granted: its consents are not the story
        slots.add(new Slot(reasons.size(), rule, reasonCategory));
      }
    } else if (rule.allow() && !rule.definition.advisory()) {
      unmatchedAllows.add(rule);
    }
    if (value == Tri.ERROR) {
      String consequence =
          rule.allow()
              ? "the allow does not match"
              : rule.oblige() ? "its obligations apply" : "the " + kind(rule) + " applies";
      failures(rule.id(), mark, consequence, reasonCategory);
    }
    errors.truncate(mark);
    return value;
  }

  /**
   * The reasons with, after each rule that a deny matched or an allow that did not match, the
   * consents it mentions that this decision read and that did not grant, with their state and since
   * when ({@link ConsentRefs}): so a deny for missing consent says whether it was never recorded,
   * withdrawn, refused, objected to or expired. The fast path lists the same from the same answers.
   */
  private List<Reason> withConsents() {
    if (slots.isEmpty()) {
      return reasons;
    }
    ConsentRefs.Reads reads = new ReadConsents(errors.reads());
    List<Reason> all = new ArrayList<>();
    int next = 0;
    for (int i = 0; i <= reasons.size(); i++) {
      for (; next < slots.size() && slots.get(next).position() == i; next++) {
        Slot slot = slots.get(next);
        ConsentRefs.listWithheld(slot.rule(), reads, slot.category(), all);
      }
      if (i < reasons.size()) {
        all.add(reasons.get(i));
      }
    }
    return all;
  }

  /** The consents this decision read, the first read of each counting. */
  private record ReadConsents(List<EvaluationErrors.ConsentRead> reads)
      implements ConsentRefs.Reads {
    @Override
    public ConsentState withheld(ConsentRefs.Ref ref) {
      EvaluationErrors.ConsentRead read = first(ref);
      return read == null || read.state() == ConsentState.GIVEN ? null : read.state();
    }

    @Override
    public Instant withheldAt(ConsentRefs.Ref ref) {
      EvaluationErrors.ConsentRead read = first(ref);
      return read == null || read.state() == ConsentState.GIVEN ? null : read.eventAt();
    }

    private EvaluationErrors.ConsentRead first(ConsentRefs.Ref ref) {
      for (EvaluationErrors.ConsentRead read : reads) {
        if (read.declared() == ref.declared() && read.consent().equals(ref.name())) {
          return read;
        }
      }
      return null;
    }
  }

  /** Tells the listener how the rule just matched fared: what decided is what it hears. */
  private void report(Rule rule, String category, boolean matched) {
    if (listener != null) {
      listener.evaluated(
          new RuleEvaluation(rule.id(), category, truth(lastWhen), truth(lastUnless), matched));
    }
  }

  private static Truth truth(int tri) {
    return switch (tri) {
      case Tri.TRUE -> Truth.TRUE;
      case Tri.FALSE -> Truth.FALSE;
      case Tri.ERROR -> Truth.ERROR;
      default -> Truth.NOT_EVALUATED;
    };
  }

  private int evaluate(CompiledCondition condition, int absent) {
    return condition == null ? absent : condition.eval(request, consents, errors);
  }

  private static final Object FAILED = new Object();
  static final String CONDITION_FALSE = "its condition does not hold";
  private static final String CONDITION_UNKNOWN = "its condition could not be evaluated";
  private static final String NOT_BEFORE_UNKNOWN = "its not_before could not be evaluated";
  private static final int[] NONE = new int[0];

  /**
   * The latest not_before instant of a matching allow, null if it has none, FAILED if one cannot be
   * evaluated (the allow then does not match).
   */
  private Object notBefore(Rule rule) {
    Instant latest = null;
    for (CompiledValue value : rule.notBefore) {
      int mark = errors.mark();
      Object v = value.get(request, errors);
      if (!(v instanceof Instant instant)) {
        if (v != null) {
          errors.add(value.toString(), value + " is not an instant");
        }
        unmatch(rule); // the rule was recorded as matching; it does not
        failures(
            rule.id(),
            mark,
            rule.oblige() ? "the use is refused" : "the allow does not match",
            reasonCategory);
        return FAILED;
      }
      if (latest == null || instant.isAfter(latest)) {
        latest = instant;
      }
    }
    return latest;
  }

  /** Takes back the rule's last "matched" reason (an oblige rule's may have failures after it). */
  private void unmatch(Rule rule) {
    for (int i = reasons.size() - 1; i >= 0; i--) {
      if (reasons.get(i) instanceof Reason.RuleMatched m && m.ruleId().equals(rule.id())) {
        reasons.remove(i);
        return;
      }
    }
  }

  private void failures(String owner, int mark, String consequence, Optional<String> category) {
    for (EvaluationErrors.Failure f : errors.since(mark)) {
      reasons.add(
          new Reason.ConditionFailed(owner, f.condition(), f.reason(), consequence, category));
    }
  }

  private static String kind(Rule rule) {
    String effect = rule.definition.effect().name().toLowerCase(java.util.Locale.ROOT);
    return (rule.definition.advisory() ? "advisory " : "") + effect;
  }

  /** The top level and every applicable regime with rules about this category and purpose. */
  private List<String> scopes(Candidates candidates) {
    List<String> scopes = new ArrayList<>();
    scopes.add("top level");
    for (int regime : candidates.regimes()) {
      if (regimeApplies(regime)) {
        scopes.add("regime " + tables.regimes[regime].name());
      }
    }
    return scopes;
  }
}
