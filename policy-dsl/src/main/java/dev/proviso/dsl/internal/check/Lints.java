package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.SelectionNode;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.resolve.LoadedSources;
import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import dev.proviso.model.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Warnings: declarations no rule uses (W401, W402), the CAN-vs-SHOULD lint (W403): a sensitive
 * category (GDPR {@code sensitive} or CCPA {@code sensitive_pi}) allowed for a marketing-like
 * purpose with no requirement of consent for that purpose; allows inside a conditional regime
 * (W409), which do not grant when the regime's condition fails; and, through {@link
 * ConsentPurposes} and {@link NearMissNames}, W407 and W408.
 *
 * <p>A category counts as used when a rule, retention or obligation names it, an ancestor or a
 * descendant (an allow on {@code contact} uses {@code contact.email}; a rule on {@code
 * contact.email} uses the grouping node {@code contact}). Only the top of an unused subtree is
 * reported. Tests do not count as use. The same holds for purposes ({@code consent(p)} uses p).
 *
 * <p>Lints speak about the author's own files only: an imported pack or taxonomy declares far more
 * than one policy uses, and its rules are the library's responsibility.
 */
final class Lints {

  private final LoadedSources sources;
  private final Symbols symbols;
  private final Diagnostics diagnostics;
  private final Set<String> usedCategories = new HashSet<>();
  private final Set<String> usedPurposes = new HashSet<>();
  private boolean anyCategory;
  private boolean anyPurpose;
  private final List<String> sensitiveRoots;
  private final List<String> marketingPurposes;

  private Lints(LoadedSources sources, Symbols symbols, Diagnostics diagnostics) {
    this.sources = sources;
    this.symbols = symbols;
    this.diagnostics = diagnostics;
    this.sensitiveRoots =
        symbols.categories.keySet().stream()
            .filter(symbols::sensitiveUnderAnyLaw)
            .filter(
                p ->
                    Paths.parent(p)
                        .map(parent -> !symbols.sensitiveUnderAnyLaw(parent))
                        .orElse(true))
            .toList();
    this.marketingPurposes =
        symbols.purposes.keySet().stream()
            .filter(
                path ->
                    List.of(path.split("\\.")).stream()
                        .anyMatch(s -> s.equals("marketing") || s.equals("advertising")))
            .toList();
  }

  static void check(LoadedSources sources, Symbols symbols, Diagnostics diagnostics) {
    Lints lints = new Lints(sources, symbols, diagnostics);
    for (ParsedSource source : sources.files()) {
      for (Statement statement : source.file().statements()) {
        lints.collectUses(statement);
      }
    }
    if (!lints.anyCategory) {
      lints.unused(symbols.categories, lints.usedCategories, DiagnosticCode.W401, "category");
    }
    if (!lints.anyPurpose) {
      lints.unused(symbols.purposes, lints.usedPurposes, DiagnosticCode.W402, "purpose");
    }
    lints.nearMisses();
    List<ScopedRule> rules = ScopedRule.all(sources);
    RulesByCategory index = new RulesByCategory(rules);
    for (ScopedRule rule : rules) {
      if (lints.library(rule.rule().loc().span())) {
        continue;
      }
      if (rule.allow() && !rule.rule().advisory()) {
        lints.sensitiveMarketing(rule, index);
        lints.conditionalAllow(rule);
      }
      ConsentPurposes.check(rule, symbols, diagnostics);
    }
  }

  // ---- names used once ------------------------------------------------------------------------

  private void nearMisses() {
    NearMissNames names = new NearMissNames();
    for (ParsedSource source : sources.files()) {
      if (sources.origin(source).library()) {
        continue;
      }
      for (Statement statement : source.file().statements()) {
        if (statement instanceof Statement.Regime regime) {
          regime.items().forEach(names::collect);
        } else if (statement instanceof Statement.RegimeItem item) {
          names.collect(item);
        }
      }
    }
    names.report(diagnostics);
  }

  // ---- unused declarations ---------------------------------------------------------------------

  private void collectUses(Statement statement) {
    if (statement instanceof Statement.Regime regime) {
      regime.items().forEach(item -> collectUses((Statement) item));
      regime.appliesWhen().ifPresent(this::collectUses);
    } else if (statement instanceof Statement.Rule rule) {
      anyCategory |= use(rule.categories(), usedCategories);
      anyPurpose |= use(rule.purposes(), usedPurposes);
      rule.required().ifPresent(this::collectUses);
      rule.when().ifPresent(this::collectUses);
      rule.unless().ifPresent(this::collectUses);
      rule.obligations().forEach(this::collectUses);
    } else if (statement instanceof Statement.Retain retain) {
      anyCategory |= use(retain.categories(), usedCategories);
      usedPurposes.add(retain.purpose().path());
      retain.when().ifPresent(this::collectUses);
    }
  }

  private static boolean use(SelectionNode selection, Set<String> used) {
    selection.names().forEach(n -> used.add(n.path()));
    return selection.any();
  }

  private void collectUses(Expr expr) {
    if (expr instanceof Expr.Call call) {
      Optional<BuiltIn.Parameter> parameter =
          BuiltIn.named(call.function().path(), BuiltIn.Use.values()).map(BuiltIn::parameter);
      for (Expr argument : call.arguments()) {
        if (argument instanceof Expr.Path p) {
          if (parameter.equals(Optional.of(BuiltIn.Parameter.PURPOSE))) {
            usedPurposes.add(p.name().path());
          } else if (parameter.equals(Optional.of(BuiltIn.Parameter.CATEGORY))) {
            usedCategories.add(p.name().path());
          }
        }
      }
    } else if (expr instanceof Expr.Logical l) {
      l.operands().forEach(this::collectUses);
    } else if (expr instanceof Expr.Not n) {
      collectUses(n.operand());
    }
  }

  private <T> void unused(
      Map<String, T> declared, Set<String> used, DiagnosticCode code, String kind) {
    Set<String> usedOrAncestor = new HashSet<>();
    for (String path : used) {
      for (String p = path; p != null; p = Paths.parent(p).orElse(null)) {
        usedOrAncestor.add(p);
      }
    }
    for (String path : declared.keySet()) {
      Optional<String> parent = Paths.parent(path);
      boolean parentUsed = parent.map(p -> isUsed(p, used, usedOrAncestor)).orElse(true);
      Span span = span(declared.get(path));
      if (parentUsed && !isUsed(path, used, usedOrAncestor) && !library(span)) {
        diagnostics.report(
            code,
            span,
            kind + " '" + path + "' is declared but no rule uses it",
            Optional.of("use it in a rule, or remove it"));
      }
    }
  }

  private boolean library(Span span) {
    return sources.origin(span.file()).library();
  }

  private static Span span(Object info) {
    return info instanceof Symbols.CategoryInfo c ? c.span() : ((Symbols.PurposeInfo) info).span();
  }

  /** Used when it or a descendant is named ({@code usedOrAncestor}), or an ancestor is named. */
  private static boolean isUsed(String path, Set<String> used, Set<String> usedOrAncestor) {
    if (usedOrAncestor.contains(path)) {
      return true;
    }
    for (String p = path; p != null; p = Paths.parent(p).orElse(null)) {
      if (used.contains(p)) {
        return true;
      }
    }
    return false;
  }

  // ---- allows under a condition that may fail
  // ----------------------------------------------------

  /**
   * W409: an allow inside a conditional regime grants only when the regime's condition is TRUE;
   * when it cannot be evaluated (a missing attribute, the consent store down) the regime applies
   * for its denies only (semantics rule 1), so such an allow silently stops granting.
   */
  private void conditionalAllow(ScopedRule allow) {
    if (allow.alwaysInForce(symbols)) {
      return;
    }
    String regime = allow.regime().orElseThrow();
    diagnostics.report(
        DiagnosticCode.W409,
        allow.rule().loc().span(),
        "this allow grants only while regime '"
            + regime
            + "' is known to apply: when its condition cannot be evaluated it does not grant",
        Optional.of(
            "regimes are for denies and requirements; put the allow at the top level (the"
                + " regime's denies still restrict it), or write the condition into its 'when'"));
  }

  // ---- CAN vs SHOULD ---------------------------------------------------------------------------

  private void sensitiveMarketing(ScopedRule allow, RulesByCategory rules) {
    for (String category : sensitiveCovered(allow.rule().categories())) {
      for (String purpose : marketingCovered(allow.rule().purposes())) {
        // Only a consent for this purpose (or above it) protects the use, not any consent; of the
        // declared consents only an explicit one (GDPR Art. 9(2)(a)).
        List<AskedConsent> asked =
            allow.rule().when().map(w -> AskedConsent.in(w, symbols)).orElse(List.of());
        boolean asks = asked.stream().anyMatch(a -> a.protectsSensitive(purpose));
        if (!asks && !protectedUse(category, purpose, rules)) {
          Optional<AskedConsent> notExplicit =
              asked.stream().filter(a -> a.declared() && a.covers(purpose)).findFirst();
          diagnostics.report(
              DiagnosticCode.W403,
              allow.rule().loc().span(),
              (symbols.sensitive(category)
                      ? "sensitive category '"
                      : "sensitive personal information (CCPA) '")
                  + category
                  + "' is allowed for '"
                  + purpose
                  + "' without asking for "
                  + (notExplicit.isPresent() ? "explicit consent" : "consent"),
              Optional.of(
                  notExplicit
                      .map(
                          a ->
                              "consent "
                                  + a.name().path()
                                  + " is not explicit; special categories need explicit consent:"
                                  + " declare it with 'explicit'")
                      .orElse(
                          "legal is not the same as right: add 'when consent("
                              + purpose
                              + ")', or a require rule asking for it")));
          return;
        }
      }
    }
  }

  /** Consent is required, or an always-applying unconditional deny forbids the use anyway. */
  private boolean protectedUse(String category, String purpose, RulesByCategory rules) {
    for (ScopedRule rule : rules.covering(category)) {
      boolean covers = ScopedRule.coversAll(rule.rule().purposes(), purpose);
      if (covers
          && (rule.requiresConsentFor(purpose, symbols)
              || (rule.unconditionalDeny() && rule.alwaysInForce(symbols)))) {
        return true;
      }
    }
    return false;
  }

  /** The topmost sensitive categories at or below what the selection names. */
  private List<String> sensitiveCovered(SelectionNode selection) {
    List<String> found = new ArrayList<>();
    for (String root : sensitiveRoots) {
      if (ScopedRule.coversAll(selection, root)) {
        found.add(root);
      }
    }
    for (Name name : selection.names()) {
      if (symbols.sensitiveUnderAnyLaw(name.path())
          && !found.contains(name.path())
          && found.stream().noneMatch(f -> Paths.isSelfOrAncestor(f, name.path()))) {
        found.add(name.path());
      }
    }
    return found;
  }

  /** Marketing-like purposes the selection covers: a path with a marketing or advertising part. */
  private List<String> marketingCovered(SelectionNode selection) {
    return marketingPurposes.stream().filter(p -> ScopedRule.coversAll(selection, p)).toList();
  }
}
