package dev.proviso;

import dev.proviso.engine.Bases;
import dev.proviso.engine.CompiledCondition;
import dev.proviso.engine.CompiledValue;
import dev.proviso.engine.ConditionCompiler;
import dev.proviso.engine.ConditionText;
import dev.proviso.model.Condition;
import dev.proviso.model.Coverage;
import dev.proviso.model.Effect;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.RegimeDefinition;
import dev.proviso.model.RetentionDefinition;
import dev.proviso.model.RuleDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The compiled form of a policy: dense ids, compiled conditions and, for each (purpose, category),
 * the candidate rules after coverage, in source order.
 */
final class DecisionTables {

  /** A rule ready for evaluation. */
  static final class Rule {
    final int index;
    final RuleDefinition definition;
    final int regime; // -1 for top level
    final CompiledCondition when; // null when absent
    final CompiledCondition unless; // null when absent
    final List<Obligation> obligations; // static ones, in written order
    final CompiledValue[] notBefore;
    final String summary;
    final boolean asksStore; // when or unless asks the consent view (consent, opted_out)
    final ConsentRefs.Ref[] consents; // mentioned by when or unless, each once

    Rule(int index, RuleDefinition definition, int regime, Bases bases) {
      this.index = index;
      this.definition = definition;
      this.regime = regime;
      this.when = definition.when().map(c -> ConditionCompiler.compile(c, bases)).orElse(null);
      this.unless = definition.unless().map(c -> ConditionCompiler.compile(c, bases)).orElse(null);
      List<Obligation> fixed = new ArrayList<>();
      List<CompiledValue> instants = new ArrayList<>();
      for (ObligationDefinition o : definition.obligations()) {
        if (o instanceof ObligationDefinition.NotBefore n) {
          instants.add(ConditionCompiler.compile(n.instant()));
        } else {
          fixed.add(toObligation(o));
        }
      }
      this.obligations = List.copyOf(fixed);
      this.notBefore = instants.toArray(CompiledValue[]::new);
      this.summary = ConditionText.summary(definition);
      this.asksStore =
          definition.when().map(DecisionTables::asksStore).orElse(false)
              || definition.unless().map(DecisionTables::asksStore).orElse(false);
      this.consents = ConsentRefs.of(definition.when(), definition.unless());
    }

    boolean allow() {
      return definition.effect() == Effect.ALLOW;
    }

    /** An oblige rule: attaches obligations to an allowed use, never decides. */
    boolean oblige() {
      return definition.effect() == Effect.OBLIGE;
    }

    /** Allows and oblige rules carry obligations, not_before among them. */
    boolean carriesObligations() {
      return definition.effect() != Effect.DENY;
    }

    String id() {
      return definition.id();
    }

    String advice() {
      return id() + ": " + definition.because().orElse(summary);
    }

    /** The explanation entry for this allow not matching on {@code category}, and why. */
    Reason.AllowNotMatched unmatched(String why, java.util.Optional<String> category) {
      return new Reason.AllowNotMatched(
          definition.id(), definition.regime(), why, summary, category);
    }

    /** The explanation entry for this rule matching on {@code category}. */
    Reason.RuleMatched matched(java.util.Optional<String> category) {
      RuleDefinition d = definition;
      return new Reason.RuleMatched(
          d.id(),
          d.location(),
          d.effect(),
          d.form(),
          d.advisory(),
          d.regime(),
          d.because(),
          summary,
          category);
    }

    private static Obligation toObligation(ObligationDefinition o) {
      if (o instanceof ObligationDefinition.Mask m) {
        return new Obligation.Mask(m.category(), m.method());
      }
      if (o instanceof ObligationDefinition.Pseudonymize p) {
        return new Obligation.Pseudonymize(p.category());
      }
      if (o instanceof ObligationDefinition.Notify n) {
        return new Obligation.Notify(n.message(), n.channel());
      }
      ObligationDefinition.Audit audit = (ObligationDefinition.Audit) o;
      return audit.tag().isEmpty() ? Obligation.Audit.INSTANCE : new Obligation.Audit(audit.tag());
    }
  }

  /**
   * A regime and its compiled applicability condition (null: always applies). {@code subjectOnly}:
   * the condition reads nothing but subject attributes, so its value can be kept per subject.
   */
  record Regime(
      String name, CompiledCondition appliesWhen, boolean subjectOnly, boolean asksStore) {}

  /**
   * A retention with the categories and purposes it covers (at or below what it names) and its
   * compiled {@code when} (null: unconditional).
   */
  record Retention(
      RetentionDefinition definition,
      int regime,
      BitSet categories,
      BitSet purposes,
      CompiledCondition when) {}

  /**
   * The candidate rules for one (purpose, category), rule indices in source order; {@code obliges}
   * are the oblige rules, which only add obligations to an allowed use.
   */
  record Candidates(int[] denies, int[] allows, int[] advisories, int[] obliges, int[] regimes) {}

  private final List<String> categoryPaths;
  private final List<String> purposePaths;
  final Rule[] rules;
  final Regime[] regimes;
  final Retention[] retentions;
  private final Candidates[] candidates; // [purpose * categoryCount + category]
  private final int categoryCount;

  DecisionTables(PolicyModel model) {
    categoryPaths = model.categories().stream().map(c -> c.path()).toList();
    purposePaths = model.purposes().stream().map(p -> p.path()).toList();
    Map<String, Integer> regimeIds = ids(model.regimes().stream().map(r -> r.name()).toList());
    categoryCount = categoryPaths.size();

    regimes = new Regime[model.regimes().size()];
    for (int i = 0; i < regimes.length; i++) {
      RegimeDefinition r = model.regimes().get(i);
      regimes[i] =
          new Regime(
              r.name(),
              r.appliesWhen().map(ConditionCompiler::compile).orElse(null),
              r.appliesWhen().map(SubjectOnly::test).orElse(true),
              r.appliesWhen().map(DecisionTables::asksStore).orElse(false));
    }
    rules = new Rule[model.rules().size()];
    Bases bases = Bases.of(model);
    for (int i = 0; i < rules.length; i++) {
      RuleDefinition r = model.rules().get(i);
      rules[i] = new Rule(i, r, r.regime().map(regimeIds::get).orElse(-1), bases);
    }
    retentions = new Retention[model.retentions().size()];
    for (int i = 0; i < retentions.length; i++) {
      RetentionDefinition r = model.retentions().get(i);
      // A retention keeps what lies at or below what it names, as an allow grants.
      BitSet covered =
          covered(categoryPaths, c -> Coverage.covers(Effect.ALLOW, r.categories(), c));
      BitSet purposes = covered(purposePaths, p -> Coverage.coversPurpose(r.purpose(), p));
      retentions[i] =
          new Retention(
              r,
              r.regime().map(regimeIds::get).orElse(-1),
              covered,
              purposes,
              r.when().map(c -> ConditionCompiler.compile(c, bases)).orElse(null));
    }
    candidates = buildCandidates();
  }

  Candidates candidates(int purpose, int category) {
    return candidates[purpose * categoryCount + category];
  }

  private Candidates[] buildCandidates() {
    int cells = purposePaths.size() * categoryCount;
    // Most cells have no candidate: their lists stay null and share one empty Candidates.
    IntList[] denies = new IntList[cells];
    IntList[] allows = new IntList[cells];
    IntList[] advisories = new IntList[cells];
    IntList[] obliges = new IntList[cells];
    for (Rule rule : rules) {
      RuleDefinition d = rule.definition;
      BitSet cats = covered(categoryPaths, c -> Coverage.covers(d.effect(), d.categories(), c));
      BitSet purposes = covered(purposePaths, p -> Coverage.coversPurpose(d.purposes(), p));
      IntList[] target =
          rule.definition.advisory()
              ? advisories
              : rule.oblige() ? obliges : rule.allow() ? allows : denies;
      for (int p = purposes.nextSetBit(0); p >= 0; p = purposes.nextSetBit(p + 1)) {
        for (int c = cats.nextSetBit(0); c >= 0; c = cats.nextSetBit(c + 1)) {
          int cell = p * categoryCount + c;
          if (target[cell] == null) {
            target[cell] = new IntList();
          }
          target[cell].add(rule.index);
        }
      }
    }
    Candidates[] result = new Candidates[cells];
    Candidates empty = new Candidates(new int[0], new int[0], new int[0], new int[0], new int[0]);
    for (int i = 0; i < cells; i++) {
      if (denies[i] == null && allows[i] == null && advisories[i] == null && obliges[i] == null) {
        result[i] = empty;
        continue;
      }
      BitSet scopes = new BitSet();
      for (IntList list : new IntList[] {denies[i], allows[i], advisories[i], obliges[i]}) {
        for (int r : IntList.toArray(list)) {
          if (rules[r].regime >= 0) {
            scopes.set(rules[r].regime);
          }
        }
      }
      result[i] =
          new Candidates(
              IntList.toArray(denies[i]),
              IntList.toArray(allows[i]),
              IntList.toArray(advisories[i]),
              IntList.toArray(obliges[i]),
              scopes.stream().toArray());
    }
    return result;
  }

  /** A growable list of rule indexes, in the order rules were added (source order). */
  private static final class IntList {
    private static final int[] NONE = new int[0];
    private int[] values = new int[4];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    static int[] toArray(IntList list) {
      return list == null ? NONE : Arrays.copyOf(list.values, list.size);
    }
  }

  /**
   * Whether evaluating the condition asks the consent view ({@code consent}, {@code opted_out}).
   */
  static boolean asksStore(Condition c) {
    if (c instanceof Condition.And and) {
      return and.operands().stream().anyMatch(DecisionTables::asksStore);
    }
    if (c instanceof Condition.Or or) {
      return or.operands().stream().anyMatch(DecisionTables::asksStore);
    }
    if (c instanceof Condition.Not not) {
      return asksStore(not.operand());
    }
    // a consent basis asks the store for its consent
    return c instanceof Condition.ConsentGiven
        || c instanceof Condition.ConsentKindGiven
        || c instanceof Condition.OptedOut
        || c instanceof Condition.BasisHolds;
  }

  /** The ids (positions in {@code paths}) of the paths that {@code covers} accepts. */
  private static BitSet covered(List<String> paths, Predicate<String> covers) {
    BitSet covered = new BitSet();
    for (int i = 0; i < paths.size(); i++) {
      if (covers.test(paths.get(i))) {
        covered.set(i);
      }
    }
    return covered;
  }

  private static Map<String, Integer> ids(List<String> names) {
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      ids.put(names.get(i), i);
    }
    return ids;
  }
}
