package dev.proviso.analysis;

import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.Coverage;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.PurposeDefinition;
import dev.proviso.model.RegimeDefinition;
import dev.proviso.model.RuleDefinition;
import dev.proviso.model.Selection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Computes, for each (category, purpose) of a policy, which rules cover it and when they match,
 * following the normative semantics: a rule's purposes cover their sub-purposes; an allow covers a
 * category at or below its own; a deny covers in both directions (a deny on {@code contact.email}
 * also denies all of {@code contact}).
 */
public final class CellAnalyzer {
  private static final Object NOTHING_KNOWN = new Object(); // the facts key of residual()
  private final PolicyModel model;
  private final Map<RuleDefinition, Formula> matches = new LinkedHashMap<>();
  private final Map<List<Object>, Use> resolved = new HashMap<>();
  private final Set<String> categories;
  private final Set<String> purposes;

  public CellAnalyzer(PolicyModel model) {
    this.model = model;
    this.categories = new LinkedHashSet<>(categories());
    this.purposes = new LinkedHashSet<>(purposes());
    Map<String, RegimeDefinition> regimes = new LinkedHashMap<>();
    model.regimes().forEach(r -> regimes.put(r.name(), r));
    model.rules().forEach(rule -> matches.put(rule, Formulas.matches(rule, regimes)));
  }

  public PolicyModel model() {
    return model;
  }

  public List<String> categories() {
    return model.categories().stream().map(CategoryDefinition::path).toList();
  }

  public List<String> purposes() {
    return model.purposes().stream().map(PurposeDefinition::path).toList();
  }

  /** The cell, or empty when this policy does not declare the category or the purpose. */
  Optional<Cell> cell(String category, String purpose) {
    if (!categories.contains(category) || !purposes.contains(purpose)) {
      return Optional.empty();
    }
    Map<RuleDefinition, Formula> covering = new LinkedHashMap<>();
    matches.forEach(
        (rule, match) -> {
          if (coversPurpose(rule.purposes(), purpose) && coversCategory(rule, category)) {
            covering.put(rule, match);
          }
        });
    return Optional.of(new Cell(category, purpose, covering));
  }

  /**
   * What the policy says about using {@code category} for {@code purpose} when nothing is known
   * about the subject, the context or consent: the verdict, and for a conditional use the residual
   * condition under which it is allowed.
   *
   * <pre>{@code
   * Use use = new CellAnalyzer(model).residual("contact.email", "marketing.email");
   * use.verdict();             // CONDITIONAL
   * use.condition().render();  // "consent(marketing.email) or subject.region not in [...]"
   * }</pre>
   */
  public Use residual(String category, String purpose) {
    return use(category, purpose, NOTHING_KNOWN, atom -> null);
  }

  /**
   * The use resolved with the given facts (null from {@code facts} keeps an atom unknown). Uses
   * covered by the same rules are resolved once per {@code factsKey}, which must identify {@code
   * facts}: a taxonomy of thousands of uses is covered by a few rule sets.
   */
  public Use use(String category, String purpose, Object factsKey, Function<Atom, Formula> facts) {
    Optional<Cell> cell = cell(category, purpose);
    if (cell.isEmpty()) {
      return Cell.undeclared(category, purpose);
    }
    List<Object> key = new ArrayList<>();
    key.add(factsKey);
    cell.get().rules().keySet().forEach(rule -> key.add(rule.id()));
    return resolved.computeIfAbsent(key, k -> cell.get().resolve(facts)).relabel(category, purpose);
  }

  /**
   * The exact, three-valued residual of using all of {@code categories} for {@code purpose}: what a
   * pushdown to a database must render (see {@link Residual}).
   *
   * <pre>{@code
   * Residual r = new CellAnalyzer(model).exactResidual(List.of("contact.email"), "marketing.email");
   * }</pre>
   */
  public Residual exactResidual(List<String> requested, String purpose) {
    Map<String, RegimeDefinition> regimes = new LinkedHashMap<>();
    model.regimes().forEach(r -> regimes.put(r.name(), r));
    List<Residual.Part> parts = new ArrayList<>();
    boolean declared = !requested.isEmpty();
    for (String category : requested) {
      Optional<Cell> cell = cell(category, purpose);
      if (cell.isEmpty()) {
        declared = false;
        continue;
      }
      List<Residual.Clause> allows = new ArrayList<>();
      List<Residual.Clause> denies = new ArrayList<>();
      for (RuleDefinition rule : cell.get().rules().keySet()) {
        if (rule.advisory() || rule.effect() == dev.proviso.model.Effect.OBLIGE) {
          continue; // semantics rules 6 and 9: neither changes the outcome
        }
        boolean allow = rule.effect() == dev.proviso.model.Effect.ALLOW;
        Optional<dev.proviso.model.Condition> scope =
            rule.regime().map(regimes::get).flatMap(RegimeDefinition::appliesWhen);
        boolean notBefore =
            allow
                && rule.obligations().stream()
                    .anyMatch(o -> o instanceof dev.proviso.model.ObligationDefinition.NotBefore);
        (allow ? allows : denies)
            .add(
                new Residual.Clause(
                    rule.id(),
                    scope,
                    rule.when(),
                    rule.unless(),
                    notBefore,
                    allow ? rule.obligations() : List.of()));
      }
      parts.add(new Residual.Part(category, allows, denies));
    }
    boolean retention =
        model.retentions().stream()
            .anyMatch(
                r ->
                    Coverage.coversPurpose(r.purpose(), purpose)
                        && requested.stream()
                            .anyMatch(
                                c ->
                                    Coverage.covers(
                                        dev.proviso.model.Effect.ALLOW, r.categories(), c)));
    return new Residual(requested, purpose, declared, declared ? parts : List.of(), retention);
  }

  private static boolean coversPurpose(Selection purposes, String purpose) {
    return Coverage.coversPurpose(purposes, purpose);
  }

  private static boolean coversCategory(RuleDefinition rule, String category) {
    return Coverage.covers(rule.effect(), rule.categories(), category);
  }
}
