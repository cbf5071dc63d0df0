package dev.proviso.oracle;

import dev.proviso.Obligation;
import dev.proviso.Outcome;
import dev.proviso.Request;
import dev.proviso.consent.ConsentView;
import dev.proviso.model.BasisDefinition;
import dev.proviso.model.Condition;
import dev.proviso.model.Effect;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.RegimeDefinition;
import dev.proviso.model.RetentionDefinition;
import dev.proviso.model.RuleDefinition;
import dev.proviso.model.Selection;
import dev.proviso.oracle.ReferenceConditions.T;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The oracle: a slow, obviously correct interpreter written straight from the normative semantics
 * (docs/language.md and docs/engine.md), by recursion over the model. No tables, no caching, no
 * shared code with the engine beyond the model records.
 */
public final class ReferenceInterpreter {

  /** What the oracle compares: outcome, obligations, deciding rules and advice. */
  public record Verdict(
      Outcome outcome, List<Obligation> obligations, List<String> ruleIds, List<String> advice) {}

  private final PolicyModel model;
  private final Request request;
  private final List<String> categories;
  private final String purpose;
  private final ConsentView view;
  private final ReferenceConditions conditions;

  private ReferenceInterpreter(
      PolicyModel model, Request request, List<String> categories, String purpose, ConsentView v) {
    this.model = model;
    this.request = request;
    this.categories = categories;
    this.purpose = purpose;
    this.view = v;
    this.conditions = new ReferenceConditions(request, v, this::basisHolds);
  }

  /** Decides {@code categories} (paths) for {@code purpose} (path) with the request's data. */
  public static Verdict decide(
      PolicyModel model, Request request, List<String> categories, String purpose, ConsentView v) {
    return new ReferenceInterpreter(model, request, categories, purpose, v).decide();
  }

  private Verdict decide() {
    if (restricted()) {
      for (String c : categories) {
        if (model.retentions().stream().noneMatch(r -> retentionInForce(r, c))) {
          return new Verdict(Outcome.DENY, List.of(), List.of(), List.of());
        }
      }
    }
    List<RuleDefinition> denies = new ArrayList<>();
    List<RuleDefinition> allows = new ArrayList<>();
    List<RuleDefinition> advisories = new ArrayList<>();
    List<RuleDefinition> obliges = new ArrayList<>();
    boolean allowed = true;
    for (String c : categories) {
      boolean denied = false;
      boolean anyAllow = false;
      List<RuleDefinition> obligingHere = new ArrayList<>();
      for (RuleDefinition rule : model.rules()) {
        boolean isAllow = rule.effect() == Effect.ALLOW;
        if (!inApplicableScope(rule.regime(), isAllow) || !purposeCovers(rule.purposes())) {
          continue;
        }
        if (!categoryCovers(rule.categories(), c, !isAllow)) {
          continue;
        }
        T m =
            ReferenceConditions.and(
                rule.when().map(conditions::eval).orElse(T.TRUE),
                ReferenceConditions.not(rule.unless().map(conditions::eval).orElse(T.FALSE)));
        boolean matches = isAllow ? m == T.TRUE && notBeforeEvaluable(rule) : m != T.FALSE;
        if (!matches) {
          continue;
        }
        if (rule.advisory()) {
          addOnce(advisories, rule);
        } else if (rule.effect() == Effect.OBLIGE) {
          obligingHere.add(rule); // counts only if the category is allowed
        } else if (isAllow) {
          addOnce(allows, rule);
          anyAllow = true;
        } else {
          addOnce(denies, rule);
          denied = true;
        }
      }
      boolean here = !denied && anyAllow;
      if (here) {
        // An oblige rule whose not_before cannot be worked out refuses the use of the category.
        here = obligingHere.stream().allMatch(this::notBeforeEvaluable);
        obligingHere.forEach(r -> addOnce(obliges, r));
      }
      allowed &= here;
    }
    List<String> advice =
        sorted(advisories).stream().map(r -> r.id() + ": " + r.because().orElse("")).toList();
    if (!allowed) {
      return new Verdict(Outcome.DENY, List.of(), ids(sorted(denies)), advice);
    }
    Set<Obligation> obligations = new LinkedHashSet<>();
    Instant notBefore = null;
    List<RuleDefinition> obligating = new ArrayList<>(allows);
    obliges.forEach(r -> addOnce(obligating, r));
    for (RuleDefinition rule : sorted(obligating)) {
      for (ObligationDefinition o : rule.obligations()) {
        if (o instanceof ObligationDefinition.NotBefore nb) {
          Instant i = (Instant) conditions.value(nb.instant());
          notBefore = notBefore == null || i.isAfter(notBefore) ? i : notBefore;
        } else if (o instanceof ObligationDefinition.Mask m) {
          obligations.add(new Obligation.Mask(m.category(), m.method()));
        } else if (o instanceof ObligationDefinition.Pseudonymize p) {
          obligations.add(new Obligation.Pseudonymize(p.category()));
        } else if (o instanceof ObligationDefinition.Notify n) {
          obligations.add(new Obligation.Notify(n.message(), n.channel()));
        } else {
          obligations.add(new Obligation.Audit(((ObligationDefinition.Audit) o).tag()));
        }
      }
    }
    if (notBefore != null) {
      obligations.add(new Obligation.NotBefore(notBefore));
    }
    return new Verdict(Outcome.ALLOW, List.copyOf(obligations), ids(sorted(allows)), advice);
  }

  private static void addOnce(List<RuleDefinition> list, RuleDefinition rule) {
    if (!list.contains(rule)) {
      list.add(rule);
    }
  }

  private List<RuleDefinition> sorted(List<RuleDefinition> rules) {
    return model.rules().stream().filter(rules::contains).toList();
  }

  private static List<String> ids(List<RuleDefinition> rules) {
    return rules.stream().map(RuleDefinition::id).toList();
  }

  private boolean restricted() {
    try {
      return view.erasureRequested(request.subject().id(), request.at());
    } catch (RuntimeException e) {
      return true;
    }
  }

  private boolean retentionInForce(RetentionDefinition r, String category) {
    if (!inApplicableScope(r.regime(), true)
        || !categoryCovers(r.categories(), category, false)
        || !selfOrAncestor(r.purpose(), purpose)) {
      return false;
    }
    Instant event = request.events().get(r.event());
    if (event == null) {
      return false;
    }
    // A retention opens a use: its condition must be TRUE (unknown keeps nothing).
    if (r.when().map(conditions::eval).orElse(T.TRUE) != T.TRUE) {
      return false;
    }
    try {
      return r.period().addTo(event).isAfter(request.at());
    } catch (DateTimeException | ArithmeticException e) {
      return false;
    }
  }

  /**
   * Semantics rule 1: a regime whose condition is unknown applies for denies only; what grants (an
   * allow, a retention) needs the condition TRUE.
   */
  private boolean inApplicableScope(Optional<String> regime, boolean grants) {
    // callers pass grants = (effect is ALLOW): an oblige rule applies like a deny
    if (regime.isEmpty()) {
      return true;
    }
    RegimeDefinition r = model.regime(regime.get()).orElseThrow();
    T holds = r.appliesWhen().map(conditions::eval).orElse(T.TRUE);
    return grants ? holds == T.TRUE : holds != T.FALSE;
  }

  /**
   * {@code basis(kinds)}: some declared basis of those kinds names the request's purpose and, as an
   * allow would, every requested category; a consent basis also needs its consent (Kleene or).
   */
  private T basisHolds(Condition.BasisHolds basis) {
    T result = T.FALSE;
    for (BasisDefinition declared : model.bases()) {
      if (basis.bases().contains(declared.basis())
          && purposeCovers(declared.purposes())
          && categories.stream().allMatch(c -> categoryCovers(declared.categories(), c, false))) {
        result =
            ReferenceConditions.or(result, declared.consent().map(conditions::eval).orElse(T.TRUE));
      }
    }
    return result;
  }

  private boolean purposeCovers(Selection purposes) {
    if (purposes.except().stream().anyMatch(e -> selfOrAncestor(e, purpose))) {
      return false;
    }
    return purposes.any() || purposes.paths().stream().anyMatch(p -> selfOrAncestor(p, purpose));
  }

  /**
   * Rule 2 with exceptions: nothing at or below an exception is covered; an allow (or retention,
   * {@code bothWays} false) does not cover a category containing an exception either.
   */
  private static boolean categoryCovers(Selection cats, String c, boolean bothWays) {
    for (String e : cats.except()) {
      if (selfOrAncestor(e, c) || (!bothWays && selfOrAncestor(c, e))) {
        return false;
      }
    }
    return cats.any()
        || cats.paths().stream()
            .anyMatch(r -> selfOrAncestor(r, c) || (bothWays && selfOrAncestor(c, r)));
  }

  private boolean notBeforeEvaluable(RuleDefinition rule) {
    return rule.obligations().stream()
        .filter(o -> o instanceof ObligationDefinition.NotBefore)
        .allMatch(
            o ->
                conditions.value(((ObligationDefinition.NotBefore) o).instant())
                    instanceof Instant);
  }

  /**
   * The oracle's own rule-2 hierarchy test, independent of the engine's {@code Coverage}: the
   * ancestor's dotted parts are a prefix of the path's parts.
   */
  static boolean selfOrAncestor(String ancestor, String path) {
    List<String> a = Arrays.asList(ancestor.split("\\."));
    List<String> p = Arrays.asList(path.split("\\."));
    return a.size() <= p.size() && p.subList(0, a.size()).equals(a);
  }
}
