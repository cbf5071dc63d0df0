package dev.proviso;

import dev.proviso.consent.ConsentState;
import dev.proviso.engine.CompiledValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
      boolean notBefore,
      ConsentRefs.Ref[] listed) {

    /** The allows and oblige rules whose obligations an allowed use carries, in source order. */
    int[] obligating() {
      return java.util.stream.IntStream.concat(Arrays.stream(allows), Arrays.stream(obliges))
          .sorted()
          .distinct()
          .toArray();
    }
  }

  /**
   * A decision equal to a base one but for its explanation, which lists the consents the decision
   * read that did not grant: keyed by their states and event times, aligned with the base's {@link
   * Basis#listed}. Kept on the base decision, so repeated facts share one decision.
   */
  record Variant(ConsentRefs.Ref[] listed, ConsentState[] states, Instant[] eventAts)
      implements ConsentRefs.Reads {
    @Override
    public ConsentState withheld(ConsentRefs.Ref ref) {
      int k = Arrays.asList(listed).indexOf(ref);
      return k < 0 ? null : states[k];
    }

    @Override
    public Instant withheldAt(ConsentRefs.Ref ref) {
      int k = Arrays.asList(listed).indexOf(ref);
      return k < 0 ? null : eventAts[k];
    }
  }

  /** A variant with its decision, as kept on the base decision. */
  record Kept(Variant variant, Decision decision) {}

  static final Kept[] NOTHING_KEPT = new Kept[0];
  private static final int MAX_KEPT = 8; // per base decision; the oldest goes first

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
    Set<ConsentRefs.Ref> listed = new LinkedHashSet<>();
    for (Part part : parts) {
      for (DecisionTables.Rule rule : listing(part)) {
        listed.addAll(Arrays.asList(rule.consents));
      }
    }
    return new Basis(
        parts,
        ints(denies),
        allowRules,
        ints(advice),
        obligeRules,
        allowed,
        notBefore,
        listed.toArray(ConsentRefs.Ref[]::new));
  }

  /**
   * The rules of a part after which the explanation lists withheld consents, as the general path
   * does: matched denies (advisory ones included); when nothing ruled, the allows in scope that did
   * not match.
   */
  private static List<DecisionTables.Rule> listing(Part part) {
    FastCell cell = part.cell;
    List<DecisionTables.Rule> rules = new ArrayList<>();
    for (int i = 0; i < cell.rules.length; i++) {
      if ((part.matched & (1L << i)) != 0 && !cell.rules[i].allow()) {
        rules.add(cell.rules[i]);
      }
    }
    if (!ruled(part)) {
      rules.addAll(unmatchedAllows(part));
    }
    return rules;
  }

  private static boolean ruled(Part part) {
    for (int i = 0; i < part.cell.rules.length; i++) {
      if ((part.matched & (1L << i)) != 0
          && (i < part.cell.denyEnd || (i >= part.cell.adviceEnd && i < part.cell.allowEnd))) {
        return true;
      }
    }
    return false;
  }

  /** The non-advisory allows of the part whose scope applied and that did not match. */
  private static List<DecisionTables.Rule> unmatchedAllows(Part part) {
    FastCell cell = part.cell;
    List<DecisionTables.Rule> rules = new ArrayList<>();
    for (int i = cell.adviceEnd; i < cell.allowEnd; i++) { // allows, not the oblige rules
      int bit = cell.scopeBit[i];
      boolean inScope = bit < 0 || (part.applies & (1L << bit)) != 0;
      if (inScope && (part.matched & (1L << i)) == 0) {
        rules.add(cell.rules[i]);
      }
    }
    return rules;
  }

  /**
   * {@code decision} itself when none of the consents its explanation would list was withheld in
   * this decision; else the variant for what was read, kept on {@code decision} so that repeated
   * facts allocate nothing. Compares without allocating.
   */
  Decision withConsents(Decision decision, DecisionAnswers answers) {
    ConsentRefs.Ref[] listed = decision.basis.listed();
    int withheld = 0;
    for (ConsentRefs.Ref ref : listed) {
      withheld += answers.withheld(ref) != null ? 1 : 0;
    }
    if (withheld == 0) {
      return decision;
    }
    Kept[] kept = decision.kept;
    for (Kept k : kept) {
      if (same(k.variant(), answers)) {
        return k.decision();
      }
    }
    ConsentState[] states = new ConsentState[listed.length];
    Instant[] eventAts = new Instant[listed.length];
    for (int i = 0; i < listed.length; i++) {
      states[i] = answers.withheld(listed[i]);
      eventAts[i] = answers.withheldAt(listed[i]);
    }
    Variant variant = new Variant(listed, states, eventAts);
    Basis basis = decision.basis;
    Outcome outcome = decision.outcome();
    Decision varied =
        new Decision(
            policy,
            outcome,
            decision.obligations(),
            decision.ruleIds(),
            decision.advice(),
            () -> explain(outcome, basis, variant),
            basis);
    Kept[] next =
        kept.length < MAX_KEPT
            ? Arrays.copyOf(kept, kept.length + 1)
            : Arrays.copyOfRange(kept, 1, kept.length + 1);
    next[next.length - 1] = new Kept(variant, varied);
    decision.kept = next; // racy but safe: each array is complete before it is published
    return varied;
  }

  private static boolean same(Variant variant, DecisionAnswers answers) {
    ConsentRefs.Ref[] listed = variant.listed();
    for (int i = 0; i < listed.length; i++) {
      if (answers.withheld(listed[i]) != variant.states()[i]
          || !Objects.equals(answers.withheldAt(listed[i]), variant.eventAts()[i])) {
        return false;
      }
    }
    return true;
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
        () -> explain(outcome, basis, null),
        basis);
  }

  /** The explanation, listing after each rule the consents {@code reads} withheld (if given). */
  private Explanation explain(Outcome outcome, Basis basis, ConsentRefs.Reads reads) {
    Part[] parts = basis.parts();
    boolean multi = parts.length > 1;
    List<String> paths = new ArrayList<>();
    List<Reason> reasons = new ArrayList<>();
    for (Part part : parts) {
      String path = policy.categories().get(part.cell.category).path();
      paths.add(path);
      Optional<String> label = multi ? Optional.of(path) : Optional.empty();
      for (int i = 0; i < part.cell.rules.length; i++) {
        if ((part.matched & (1L << i)) != 0) {
          DecisionTables.Rule rule = part.cell.rules[i];
          reasons.add(rule.matched(label));
          if (reads != null && !rule.allow()) {
            ConsentRefs.listWithheld(rule, reads, label, reasons);
          }
        }
      }
      if (!ruled(part)) {
        if (reads != null) {
          for (DecisionTables.Rule allow : unmatchedAllows(part)) {
            ConsentRefs.listWithheld(allow, reads, label, reasons);
          }
        }
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
