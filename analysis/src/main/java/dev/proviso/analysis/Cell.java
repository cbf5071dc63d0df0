package dev.proviso.analysis;

import dev.proviso.engine.ConditionText;
import dev.proviso.model.Effect;
import dev.proviso.model.RuleDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything a policy says about one (category, purpose) before any fact is known: the rules that
 * cover it and when each matches. {@link #resolve} applies facts (a regime scope, a subject) and
 * gives the {@link Use}.
 */
record Cell(String category, String purpose, Map<RuleDefinition, Formula> rules) {

  Cell {
    rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
  }

  /** A cell for a category or purpose this policy version does not declare. */
  static Use undeclared(String category, String purpose) {
    return new Use(
        category, purpose, Verdict.UNDECLARED, Formula.FALSE, List.of(), List.of(), List.of());
  }

  /** Applies the facts: {@code facts} maps an atom to its value, or null when unknown. */
  Use resolve(Function<Atom, Formula> facts) {
    List<Formula> allows = new ArrayList<>();
    List<Formula> denies = new ArrayList<>();
    List<RuleDefinition> taking = new ArrayList<>();
    List<RuleDefinition> advisories = new ArrayList<>();
    Map<RuleDefinition, Formula> resolved = new LinkedHashMap<>();
    rules.forEach(
        (rule, match) -> {
          Formula f = match.substitute(facts);
          if (TruthTable.isFalse(f)) {
            return;
          }
          resolved.put(rule, f);
          if (rule.advisory()) {
            advisories.add(rule);
          } else if (rule.effect() == Effect.OBLIGE) {
            return; // an oblige rule never decides; its obligations are added below
          } else {
            taking.add(rule);
            (rule.effect() == Effect.ALLOW ? allows : denies).add(f);
          }
        });
    Formula allow = Formula.or(allows);
    Formula notDenied = Formula.not(Formula.or(denies));
    Formula decision = Formula.and(allow, notDenied);
    Verdict verdict;
    if (TruthTable.isTrue(decision)) {
      verdict = Verdict.ALLOW;
      decision = Formula.TRUE;
    } else if (TruthTable.isFalse(decision)) {
      boolean defaultOnly = TruthTable.isFalse(allow) && !TruthTable.isFalse(notDenied);
      verdict = defaultOnly ? Verdict.DEFAULT_DENY : Verdict.DENY;
      decision = Formula.FALSE;
    } else {
      verdict = Verdict.CONDITIONAL;
      decision = TruthTable.tidy(decision);
    }
    Set<String> obligations = new LinkedHashSet<>();
    Formula allowed = Formula.and(allow, notDenied);
    resolved.forEach(
        (rule, f) -> {
          boolean carries =
              switch (rule.effect()) {
                case ALLOW -> !TruthTable.isFalse(Formula.and(f, notDenied));
                case OBLIGE -> !TruthTable.isFalse(Formula.and(f, allowed)); // only on an allow
                case DENY -> false;
              };
          if (!rule.advisory() && carries) {
            rule.obligations().forEach(o -> obligations.add(ConditionText.of(o)));
          }
        });
    return new Use(
        category, purpose, verdict, decision, List.copyOf(obligations), taking, advisories);
  }
}
