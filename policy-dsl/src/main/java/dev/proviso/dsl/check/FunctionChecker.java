package dev.proviso.dsl.check;

import dev.proviso.dsl.ast.Expr;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.diagnostics.Diagnostics;
import dev.proviso.dsl.resolve.Symbols;
import dev.proviso.model.Value;
import java.util.List;
import java.util.Optional;

/**
 * Checks the functions a condition can call: {@code consent(purpose)}, {@code opted_out(name)},
 * {@code has(attribute)} and {@code elapsed(event)}.
 */
final class FunctionChecker {

  static final List<String> FUNCTIONS = List.of("consent", "opted_out", "has", "elapsed");

  private final ExprChecker exprs;
  private final Names names;
  private final Symbols symbols;
  private final Diagnostics diagnostics;

  FunctionChecker(ExprChecker exprs, Names names) {
    this.exprs = exprs;
    this.names = names;
    this.symbols = names.symbols();
    this.diagnostics = names.diagnostics();
  }

  Type call(Expr.Call c) {
    String function = c.function().path();
    if (!FUNCTIONS.contains(function)) {
      names.unknownFunction(c.function(), "function", " in a condition", FUNCTIONS);
      c.arguments().forEach(exprs::type);
      return Type.UNKNOWN;
    }
    Optional<Expr> argument = exprs.arguments().single(c);
    if (argument.isEmpty()) {
      return function.equals("elapsed") ? Type.UNKNOWN : Type.BOOL;
    }
    Expr arg = argument.get();
    switch (function) {
      case "consent" -> {
        if (arg instanceof Expr.Path p) {
          consentPurpose(p);
        } else {
          exprs.arguments().wrong(c, arg, "a purpose");
        }
        return Type.BOOL;
      }
      case "opted_out" -> {
        if (arg instanceof Expr.Path p) {
          symbols.optOuts.add(p.name().path());
        } else {
          exprs.arguments().wrong(c, arg, "an opt-out name");
        }
        return Type.BOOL;
      }
      case "has" -> {
        if (arg instanceof Expr.Attribute a) {
          exprs.attribute(a);
        } else {
          exprs.arguments().wrong(c, arg, "an attribute such as context.offer");
        }
        return Type.BOOL;
      }
      default -> {
        if (arg instanceof Expr.Attribute a && a.scope() == Value.Scope.EVENT) {
          exprs.attribute(a);
          return Type.DURATION;
        }
        exprs.arguments().wrong(c, arg, "an event such as event.cart_abandoned");
        return Type.UNKNOWN;
      }
    }
  }

  private void consentPurpose(Expr.Path p) {
    String path = p.name().path();
    if (!symbols.purposes.containsKey(path) && symbols.categories.containsKey(path)) {
      diagnostics.report(
          DiagnosticCode.P204,
          p.loc().span(),
          "consent(...) takes a purpose, but '" + path + "' is a data category",
          Names.didYouMean(path, symbols.purposes.keySet())
              .or(
                  () ->
                      Optional.of(
                          "consent is given for a purpose, e.g. consent(marketing.email)")));
    } else {
      names.purpose(p.name());
    }
  }
}
