package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.SelectionNode;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.resolve.LoadedSources;
import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import dev.proviso.model.Coverage;
import dev.proviso.model.Effect;
import dev.proviso.model.Paths;
import dev.proviso.model.RuleForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A rule with the regime it sits in, for the analyses that compare rules with each other. */
record ScopedRule(Statement.Rule rule, Optional<String> regime) {

  static List<ScopedRule> all(LoadedSources sources) {
    List<ScopedRule> rules = new ArrayList<>();
    for (ParsedSource source : sources.files()) {
      for (Statement statement : source.file().statements()) {
        if (statement instanceof Statement.Rule rule) {
          rules.add(new ScopedRule(rule, Optional.empty()));
        } else if (statement instanceof Statement.Regime regime) {
          for (Statement.RegimeItem item : regime.items()) {
            if (item instanceof Statement.Rule rule) {
              rules.add(new ScopedRule(rule, Optional.of(regime.name().path())));
            }
          }
        }
      }
    }
    return rules;
  }

  boolean allow() {
    return rule.form() == RuleForm.ALLOW;
  }

  /** A deny that holds whenever its scope applies: no when, no unless, not advisory. */
  boolean unconditionalDeny() {
    return rule.form() == RuleForm.DENY
        && !rule.advisory()
        && rule.when().isEmpty()
        && rule.unless().isEmpty();
  }

  /** Top-level rules and rules of regimes without a condition are always in force. */
  boolean alwaysInForce(Symbols symbols) {
    return regime.isEmpty() || symbols.regimes.get(regime.get()).appliesWhen().isEmpty();
  }

  /** True when this rule is in force whenever {@code other} is. */
  boolean scopeCovers(ScopedRule other, Symbols symbols) {
    return alwaysInForce(symbols) || regime.equals(other.regime);
  }

  /** The condition that must hold for the use: a require's, or a deny's {@code unless}. */
  Optional<Expr> requirement() {
    return rule.form() == RuleForm.REQUIRE ? rule.required() : rule.unless();
  }

  /**
   * A require, or a deny with unless, whose condition asks for a consent that lifts the ban on a
   * special category used for the purpose ({@link AskedConsent#protectsSensitive}).
   */
  boolean requiresConsentFor(String purpose, Symbols symbols) {
    return !rule.advisory()
        && requirement().map(c -> protectsSensitive(c, purpose, symbols)).orElse(false);
  }

  /** Some consent the condition asks for lifts the ban on a special category for the purpose. */
  static boolean protectsSensitive(Expr expr, String purpose, Symbols symbols) {
    return AskedConsent.in(expr, symbols).stream().anyMatch(a -> a.protectsSensitive(purpose));
  }

  /**
   * The selection covers all of {@code path}, everything below it included: {@code any}, or it
   * names the path or an ancestor, which is how an allow covers a category (semantics rule 2).
   */
  static boolean coversAll(SelectionNode selection, String path) {
    boolean named =
        selection.any()
            || selection.names().stream()
                .map(Name::path)
                .anyMatch(n -> Coverage.covers(Effect.ALLOW, n, path));
    // An exception at, above or below the path leaves part of it uncovered.
    return named
        && selection.except().stream()
            .map(Name::path)
            .noneMatch(e -> Paths.isSelfOrAncestor(e, path) || Paths.isSelfOrAncestor(path, e));
  }
}
