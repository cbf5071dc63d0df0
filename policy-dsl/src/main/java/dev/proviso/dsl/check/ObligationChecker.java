package dev.proviso.dsl.check;

import dev.proviso.dsl.ast.Expr;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import java.util.List;
import java.util.Optional;

/** Checks obligations: known names and the right kind of argument for each. */
final class ObligationChecker {

  static final List<String> OBLIGATIONS =
      List.of("mask", "pseudonymize", "not_before", "audit", "notify");

  private final Names names;
  private final ExprChecker exprs;

  ObligationChecker(Names names, ExprChecker exprs) {
    this.names = names;
    this.exprs = exprs;
  }

  void check(Expr.Call obligation) {
    String name = obligation.function().path();
    if (!OBLIGATIONS.contains(name)) {
      names.unknownFunction(obligation.function(), "obligation", "", OBLIGATIONS);
      return;
    }
    if (name.equals("audit")) {
      if (!obligation.arguments().isEmpty()) {
        names
            .diagnostics()
            .report(
                DiagnosticCode.P208,
                obligation.loc().span(),
                "audit takes no arguments",
                Optional.of("write just: with audit"));
      }
      return;
    }
    Optional<Expr> argument = exprs.arguments().single(obligation);
    if (argument.isEmpty()) {
      return;
    }
    Expr arg = argument.get();
    switch (name) {
      case "mask", "pseudonymize" -> {
        if (arg instanceof Expr.Path p) {
          names.category(p.name());
        } else {
          exprs.arguments().wrong(obligation, arg, "a data category");
        }
      }
      case "notify" -> {
        if (!(arg instanceof Expr.Text)) {
          exprs.arguments().wrong(obligation, arg, "a quoted text");
        }
      }
      default -> {
        Type type = exprs.type(arg);
        if (type != Type.INSTANT && type != Type.UNKNOWN) {
          exprs.arguments().wrong(obligation, arg, "an instant");
        }
      }
    }
  }
}
