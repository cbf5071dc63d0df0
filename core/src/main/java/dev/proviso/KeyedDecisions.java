package dev.proviso;

import dev.proviso.engine.CompiledValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the fast path's decisions from keys: which regimes applied and which candidates matched in
 * each requested category's cell. Runs on cache misses only, so it may allocate; the explanation it
 * gives equals the general path's for the same facts.
 */
final class KeyedDecisions {

  /** What a fast-path decision is made of: its categories' keyed parts and the deciding rules. */
  record Basis(
      Part[] parts,
      int[] denies,
      int[] allows,
      int[] advice,
      int[] obliges,
      boolean allowed,
      boolean notBefore) {

    /** The allows and oblige rules whose obligations an allowed use carries, in source order. */
    int[] obligating() {
      return java.util.stream.IntStream.concat(Arrays.stream(allows), Arrays.stream(obliges))
          .sorted()
          .distinct()
          .toArray();
    }
  }

  /** One category's evaluation: the cell and its key. */
  record Part(FastCell cell, long applies, long matched) {}

  private final Policy policy;
  private final DecisionTables tables;

  KeyedDecisions(Policy policy, DecisionTables tables) {
    this.policy = policy;
    this.tables = tables;
  }

  /**
   * {@code decision} (an ALLOW whose allows have not_before) with this request's latest not_before
   * instant added; null if one cannot be evaluated. The one allocation of the fast path.
   */
  Decision withNotBefore(Decision decision, Request request) {
    Instant latest = null;
    for (int r : decision.basis.obligating()) {
      for (CompiledValue value : tables.rules[r].notBefore) {
        if (!(value.get(request, null) instanceof Instant at)) {
          return null;
        }
        latest = latest == null || at.isAfter(latest) ? at : latest;
      }
    }
    List<Obligation> obligations = new ArrayList<>(decision.obligations());
    obligations.add(new Obligation.NotBefore(latest));
    return new Decision(
        policy,
        Outcome.ALLOW,
        obligations,
        decision.ruleIds(),
        decision.advice(),
        decision::explanation,
        null);
  }

  /** The decision for a multi-category request: {@code left}'s parts then {@code right}'s. */
  Decision join(Decision left, Decision right) {
    return decision(basis(concat(left.basis.parts(), right.basis.parts())));
  }

  Decision build(FastCell cell, long applies, long matched) {
    return decision(basis(new Part[] {new Part(cell, applies, matched)}));
  }

  private Basis basis(Part[] parts) {
    Set<Integer> denies = new TreeSet<>();
    Set<Integer> allows = new TreeSet<>();
    Set<Integer> advice = new TreeSet<>();
    Set<Integer> obliges = new TreeSet<>();
    boolean allowed = true;
    for (Part part : parts) {
      boolean denied = false;
      boolean allowMatched = false;
      for (int i = 0; i < part.cell.rules.length; i++) {
        if ((part.matched & (1L << i)) != 0) {
          int rule = part.cell.rules[i].index;
          if (i < part.cell.denyEnd) {
            denies.add(rule);
            denied = true;
          } else if (i < part.cell.adviceEnd) {
            advice.add(rule);
          } else if (i < part.cell.allowEnd) {
            allows.add(rule);
            allowMatched = true;
          } else {
            obliges.add(rule);
          }
        }
      }
      allowed &= !denied && allowMatched;
    }
    int[] allowRules = ints(allows);
    int[] obligeRules = ints(obliges);
    boolean notBefore =
        java.util.stream.IntStream.concat(Arrays.stream(allowRules), Arrays.stream(obligeRules))
            .anyMatch(r -> tables.rules[r].notBefore.length > 0);
    return new Basis(
        parts, ints(denies), allowRules, ints(advice), obligeRules, allowed, notBefore);
  }

  private Decision decision(Basis basis) {
    Outcome outcome = basis.allowed() ? Outcome.ALLOW : Outcome.DENY;
    Set<Obligation> obligations = new LinkedHashSet<>();
    if (basis.allowed()) {
      for (int r : basis.obligating()) {
        obligations.addAll(tables.rules[r].obligations);
      }
    }
    List<String> advice = new ArrayList<>();
    for (int r : basis.advice()) {
      advice.add(tables.rules[r].advice());
    }
    int[] deciding = basis.allowed() ? basis.allows() : basis.denies();
    List<String> ruleIds = Arrays.stream(deciding).mapToObj(r -> tables.rules[r].id()).toList();
    return new Decision(
        policy,
        outcome,
        List.copyOf(obligations),
        ruleIds,
        advice,
        () -> explain(outcome, basis),
        basis);
  }

  private Explanation explain(Outcome outcome, Basis basis) {
    Part[] parts = basis.parts();
    boolean multi = parts.length > 1;
    List<String> paths = new ArrayList<>();
    List<Reason> reasons = new ArrayList<>();
    for (Part part : parts) {
      String path = policy.categories().get(part.cell.category).path();
      paths.add(path);
      Optional<String> label = multi ? Optional.of(path) : Optional.empty();
      boolean ruled = false;
      for (int i = 0; i < part.cell.rules.length; i++) {
        if ((part.matched & (1L << i)) != 0) {
          reasons.add(part.cell.rules[i].matched(label));
          ruled |= i < part.cell.denyEnd || (i >= part.cell.adviceEnd && i < part.cell.allowEnd);
        }
      }
      if (!ruled) {
        List<String> scopes = new ArrayList<>();
        scopes.add("top level");
        for (int i = 0; i < part.cell.regimes.length; i++) {
          if ((part.applies & (1L << i)) != 0) {
            scopes.add("regime " + tables.regimes[part.cell.regimes[i]].name());
          }
        }
        String purpose = policy.purposes().get(part.cell.purpose).path();
        reasons.add(new Reason.NoAllow(label, purpose, scopes));
        // Every candidate allow of the whole cell (an indexed sub-cell left out those whose guard
        // is FALSE): no error reaches here, so each is FALSE or outside an applying regime.
        for (int r : tables.candidates(part.cell.purpose, part.cell.category).allows()) {
          DecisionTables.Rule rule = tables.rules[r];
          reasons.add(
              rule.unmatched(
                  regimeApplies(part, rule.regime)
                      ? Evaluation.CONDITION_FALSE
                      : "regime " + tables.regimes[rule.regime].name() + " does not apply",
                  label));
        }
      }
    }
    String purpose = policy.purposes().get(parts[0].cell.purpose).path();
    return new Explanation(outcome, paths, purpose, reasons);
  }

  /** Whether the rule's regime (top level: -1) applied in this part's key. */
  private static boolean regimeApplies(Part part, int regime) {
    if (regime < 0) {
      return true;
    }
    int[] regimes = part.cell.regimes;
    for (int i = 0; i < regimes.length; i++) {
      if (regimes[i] == regime) {
        return (part.applies & (1L << i)) != 0;
      }
    }
    return false;
  }

  private static int[] ints(Set<Integer> set) {
    return set.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Part[] concat(Part[] a, Part[] b) {
    Part[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
