package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.syntax.ExprPrinter;
import java.util.Optional;

/** Reports calls with the wrong number or kind of arguments, with an example of the right form. */
final class Arguments {

  private final Diagnostics diagnostics;

  Arguments(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The single argument of a one-argument call, or empty after reporting a wrong count. */
  Optional<Expr> single(Expr.Call c, String example) {
    if (c.arguments().size() == 1) {
      return Optional.of(c.arguments().get(0));
    }
    diagnostics.report(
        DiagnosticCode.P208,
        c.loc().span(),
        c.function().path() + " takes exactly one argument, found " + c.arguments().size(),
        Optional.of("e.g. " + example));
    return Optional.empty();
  }

  /**
   * Whether a call with optional arguments has between {@code min} and {@code max} of them; reports
   * the count otherwise.
   */
  boolean count(Expr.Call c, int min, int max, String example) {
    int n = c.arguments().size();
    if (n >= min && n <= max) {
      return true;
    }
    String range =
        min == 0
            ? "at most " + words(max) + (max == 1 ? " argument" : " arguments")
            : words(min) + " or " + words(max) + " arguments";
    diagnostics.report(
        DiagnosticCode.P208,
        c.loc().span(),
        c.function().path() + " takes " + range + ", found " + n,
        Optional.of("e.g. " + example));
    return false;
  }

  private static String words(int n) {
    return switch (n) {
      case 1 -> "one";
      case 2 -> "two";
      default -> Integer.toString(n);
    };
  }

  void wrong(Expr.Call c, Expr arg, String expected, String example) {
    diagnostics.report(
        DiagnosticCode.P208,
        arg.loc().span(),
        c.function().path() + "(...) takes " + expected + ", not '" + ExprPrinter.print(arg) + "'",
        Optional.of("e.g. " + example));
  }
}
