package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.SelectionNode;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.model.RuleForm;
import java.util.Optional;

/** Checks the names, conditions and obligations of rules, retentions and regime conditions. */
final class RuleChecker {

  private final Names names;
  private final ExprChecker exprs;

  RuleChecker(Names names, ExprChecker exprs) {
    this.names = names;
    this.exprs = exprs;
  }

  void regime(Statement.Regime regime, boolean reportEmpty) {
    regime.appliesWhen().ifPresent(exprs::condition);
    regime.appliesWhen().ifPresent(c -> Bases.notInRegimeCondition(c, names.diagnostics()));
    if (regime.items().isEmpty() && reportEmpty) {
      names
          .diagnostics()
          .report(
              DiagnosticCode.P302,
              regime.name().loc().span(),
              "regime '" + regime.name().path() + "' has no rules",
              Optional.of("add rules to it, or remove it"));
    }
    for (Statement.RegimeItem item : regime.items()) {
      item(item);
    }
  }

  void item(Statement.RegimeItem item) {
    if (item instanceof Statement.Rule rule) {
      rule(rule);
    } else {
      retain((Statement.Retain) item);
    }
  }

  private void rule(Statement.Rule rule) {
    categories(rule.categories());
    purposes(rule.purposes());
    rule.required().ifPresent(exprs::condition);
    rule.when().ifPresent(exprs::condition);
    rule.unless().ifPresent(exprs::condition);
    rule.obligations().forEach(exprs.functions()::obligation);
    if (rule.form() == RuleForm.OBLIGE) {
      oblige(rule);
    }
    if (rule.form() == RuleForm.DENY && !rule.obligations().isEmpty()) {
      Expr.Call first = rule.obligations().get(0);
      names
          .diagnostics()
          .report(
              DiagnosticCode.P304,
              first.loc().span(),
              "a deny rule cannot carry obligations",
              Optional.of("obligations say how an allowed use must happen; move them to an allow"));
    }
  }

  /** An oblige rule exists to carry obligations, and never changes an outcome. */
  private void oblige(Statement.Rule rule) {
    if (rule.obligations().isEmpty()) {
      names
          .diagnostics()
          .report(
              DiagnosticCode.P305,
              rule.loc().span(),
              "an oblige rule without obligations does nothing",
              Optional.of(
                  "say what the use requires, e.g. oblige contact for marketing with "
                      + BuiltIn.AUDIT.example()));
    } else if (rule.advisory()) {
      names
          .diagnostics()
          .report(
              DiagnosticCode.P305,
              rule.loc().span(),
              "an oblige rule cannot be advisory",
              Optional.of(
                  "an oblige rule never changes the outcome anyway; remove 'advisory', or write"
                      + " an advisory deny to see uses without blocking them"));
    }
  }

  private void retain(Statement.Retain retain) {
    categories(retain.categories());
    names.purpose(retain.purpose());
    retain.period().ifPresent(exprs::duration);
    retain.periodParam().ifPresent(this::param);
    names.symbols().events.add(retain.event().path());
    retain.when().ifPresent(exprs::condition);
  }

  /** {@code param.x} in a retention names a declared parameter (P128, with a did-you-mean). */
  private void param(Name name) {
    if (!names.symbols().params.containsKey(name.path())) {
      names
          .diagnostics()
          .report(
              DiagnosticCode.P128,
              name.loc().span(),
              "unknown parameter '" + name.path() + "'",
              Names.didYouMean(name.path(), names.symbols().params.keySet())
                  .or(() -> Optional.of("declare it: param " + name.path() + " = 10 years")));
    }
  }

  void categories(SelectionNode selection) {
    boolean known = true;
    for (Name name : selection.names()) {
      known &= names.category(name);
    }
    for (Name name : selection.except()) {
      known &= names.category(name);
    }
    if (known) {
      Exceptions.check(selection, "data category", names.diagnostics());
    }
  }

  void purposes(SelectionNode selection) {
    boolean known = true;
    for (Name name : selection.names()) {
      known &= names.purpose(name);
    }
    for (Name name : selection.except()) {
      known &= names.purpose(name);
    }
    if (known) {
      Exceptions.check(selection, "purpose", names.diagnostics());
    }
  }
}
