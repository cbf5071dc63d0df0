package dev.proviso.analysis;

import dev.proviso.engine.ConditionText;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.RegimeDefinition;
import dev.proviso.model.RuleDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The semantic difference between two compiled policies: for every (category, purpose) declared in
 * either version and every regime scope, what each version decides, compared as formulas rather
 * than text. Exact for unconditional rules; conditions are compared propositionally (see {@link
 * TruthTable}).
 *
 * <pre>{@code
 * SemanticDiff diff = SemanticDiff.compare(oldModel, newModel);
 * diff.changes().forEach(c -> System.out.println(c.kind().label() + " " + c.category()));
 * }</pre>
 *
 * @param changes every changed use, category-major, in declaration order
 * @param regimeChanges regimes added, removed or whose applicability condition changed
 * @param categories every category of either version, parents before children
 * @param purposes every purpose of either version, parents before children
 */
public record SemanticDiff(
    List<Change> changes,
    List<String> regimeChanges,
    List<String> categories,
    List<String> purposes) {

  public SemanticDiff {
    changes = List.copyOf(changes);
    regimeChanges = List.copyOf(regimeChanges);
    categories = List.copyOf(categories);
    purposes = List.copyOf(purposes);
  }

  public boolean isEmpty() {
    return changes.isEmpty() && regimeChanges.isEmpty();
  }

  public static SemanticDiff compare(PolicyModel before, PolicyModel after) {
    CellAnalyzer old = new CellAnalyzer(before);
    CellAnalyzer now = new CellAnalyzer(after);
    List<Scope> scopes = scopes(before, after);
    Set<String> oldRules = keys(before.rules());
    Set<String> newRules = keys(after.rules());
    List<Change> changes = new ArrayList<>();
    Map<List<Object>, Optional<ChangeKind>> kinds = new HashMap<>();
    List<String> categories = union(old.categories(), now.categories());
    List<String> purposes = union(old.purposes(), now.purposes());
    for (String category : categories) {
      for (String purpose : purposes) {
        List<Change> perScope = new ArrayList<>();
        for (Scope scope : scopes) {
          Use was = old.use(category, purpose, scope, scope::regimeFact);
          Use is = now.use(category, purpose, scope, scope::regimeFact);
          Optional<ChangeKind> kind =
              kinds.computeIfAbsent(
                  List.of(meaning(was), meaning(is)), k -> Optional.ofNullable(kind(was, is)));
          kind.ifPresent(k -> perScope.add(change(k, scope, was, is, oldRules, newRules)));
        }
        changes.addAll(collapse(perScope, scopes.size()));
      }
    }
    return new SemanticDiff(changes, regimeChanges(before, after), categories, purposes);
  }

  /** What {@link #kind} looks at: equal meanings compare alike, whatever the use. */
  private static List<Object> meaning(Use use) {
    return List.of(use.verdict(), use.condition(), use.obligations(), keys(use.advisories()));
  }

  /** How {@code was} became {@code is}, or null when they mean the same. */
  static ChangeKind kind(Use was, Use is) {
    Formula a = was.condition();
    Formula b = is.condition();
    boolean wasNever = was.verdict().neverAllows();
    boolean isNever = is.verdict().neverAllows();
    if (wasNever && !isNever) {
      return ChangeKind.OPENS;
    }
    if (!wasNever && isNever) {
      return ChangeKind.CLOSES;
    }
    boolean forward = TruthTable.implies(a, b);
    boolean backward = TruthTable.implies(b, a);
    if (forward && !backward) {
      return ChangeKind.WIDENS;
    }
    if (backward && !forward) {
      return ChangeKind.NARROWS;
    }
    if (!forward) {
      return ChangeKind.CONDITION;
    }
    if (!wasNever && !Set.copyOf(was.obligations()).equals(Set.copyOf(is.obligations()))) {
      return ChangeKind.OBLIGATIONS;
    }
    if (!keys(was.advisories()).equals(keys(is.advisories()))) {
      return ChangeKind.ADVICE;
    }
    return null;
  }

  /**
   * The change with the rules edited between the versions: removed rules exist only in the old
   * policy, added rules only in the new one.
   */
  private static Change change(
      ChangeKind kind, Scope scope, Use was, Use is, Set<String> oldRules, Set<String> newRules) {
    List<RuleDefinition> wasRules = new ArrayList<>(was.rules());
    wasRules.addAll(was.advisories());
    List<RuleDefinition> isRules = new ArrayList<>(is.rules());
    isRules.addAll(is.advisories());
    return new Change(
        kind,
        was.category(),
        was.purpose(),
        scope,
        was,
        is,
        wasRules.stream().filter(r -> !newRules.contains(key(r))).toList(),
        isRules.stream().filter(r -> !oldRules.contains(key(r))).toList());
  }

  /** One change "for every subject" when every scope reports the same change. */
  private static List<Change> collapse(List<Change> perScope, int scopeCount) {
    if (perScope.size() != scopeCount || scopeCount < 2) {
      return perScope;
    }
    Change first = perScope.get(0);
    for (Change c : perScope) {
      if (!signature(c).equals(signature(first))) {
        return perScope;
      }
    }
    return List.of(
        new Change(
            first.kind(),
            first.category(),
            first.purpose(),
            Scope.EVERY,
            first.before(),
            first.after(),
            first.removed(),
            first.added()));
  }

  private static List<Object> signature(Change c) {
    return List.of(
        c.kind(),
        c.before().describeWithObligations(),
        c.after().describeWithObligations(),
        keys(c.removed()),
        keys(c.added()));
  }

  private static List<Scope> scopes(PolicyModel before, PolicyModel after) {
    Map<String, Scope> scopes = new LinkedHashMap<>();
    for (PolicyModel model : List.of(after, before)) {
      for (RegimeDefinition regime : model.regimes()) {
        if (regime.appliesWhen().isPresent()) {
          scopes.putIfAbsent(regime.name(), Scope.under(regime.name(), regime.appliesWhen()));
        }
      }
    }
    List<Scope> all = new ArrayList<>();
    all.add(Scope.outside(List.copyOf(scopes.keySet())));
    all.addAll(scopes.values());
    return all;
  }

  private static List<String> regimeChanges(PolicyModel before, PolicyModel after) {
    List<String> changes = new ArrayList<>();
    for (RegimeDefinition was : before.regimes()) {
      var is = after.regime(was.name());
      if (is.isEmpty()) {
        changes.add("regime " + was.name() + " removed (was " + was.location().fileAndLine() + ")");
      } else if (!Objects.equals(text(was), text(is.get()))) {
        changes.add(
            "regime "
                + was.name()
                + ": "
                + text(is.get())
                + " (was: "
                + text(was)
                + "; "
                + is.get().location().fileAndLine()
                + ")");
      }
    }
    for (RegimeDefinition is : after.regimes()) {
      if (before.regime(is.name()).isEmpty()) {
        changes.add(
            "regime "
                + is.name()
                + " added, "
                + text(is)
                + " ("
                + is.location().fileAndLine()
                + ")");
      }
    }
    return changes;
  }

  private static String text(RegimeDefinition regime) {
    return regime
        .appliesWhen()
        .map(c -> "applies when " + ConditionText.of(c))
        .orElse("always applies");
  }

  private static Set<String> keys(List<RuleDefinition> rules) {
    Set<String> keys = new LinkedHashSet<>();
    rules.forEach(r -> keys.add(key(r)));
    return keys;
  }

  /** A rule's identity across versions: its regime, advisory flag and text, not its line. */
  static String key(RuleDefinition rule) {
    return rule.regime().orElse("") + "|" + rule.advisory() + "|" + ConditionText.summary(rule);
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
