package dev.proviso.dsl.internal.syntax;

import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.check.Literals;
import java.util.stream.Collectors;

/**
 * Prints conditions and values in canonical form, adding parentheses exactly where precedence needs
 * them ({@code or} &lt; {@code and} &lt; {@code not} &lt; comparisons and {@code in} &lt; {@code
 * +}).
 */
public final class ExprPrinter {
  private ExprPrinter() {}

  private static final int OR = 1;
  private static final int AND = 2;
  private static final int NOT = 3;
  private static final int COMPARE = 4;
  private static final int PLUS = 5;
  private static final int PRIMARY = 6;

  public static String print(Expr expr) {
    return print(expr, OR);
  }

  private static String print(Expr expr, int context) {
    int precedence = precedence(expr);
    String text = printBare(expr);
    return precedence < context ? "(" + text + ")" : text;
  }

  private static int precedence(Expr expr) {
    if (expr instanceof Expr.Logical l) {
      return l.and() ? AND : OR;
    }
    if (expr instanceof Expr.Not) {
      return NOT;
    }
    if (expr instanceof Expr.Compare || expr instanceof Expr.In) {
      return COMPARE;
    }
    if (expr instanceof Expr.Plus) {
      return PLUS;
    }
    return PRIMARY;
  }

  private static String printBare(Expr expr) {
    if (expr instanceof Expr.Logical l) {
      int operand = l.and() ? NOT : AND;
      return l.operands().stream()
          .map(o -> print(o, operand))
          .collect(Collectors.joining(l.and() ? " and " : " or "));
    }
    if (expr instanceof Expr.Not n) {
      return "not " + print(n.operand(), NOT);
    }
    if (expr instanceof Expr.Compare c) {
      return print(c.left(), PLUS) + " " + c.operator().symbol() + " " + print(c.right(), PLUS);
    }
    if (expr instanceof Expr.In i) {
      return print(i.value(), PLUS) + " in " + print(i.options(), PLUS);
    }
    if (expr instanceof Expr.Plus p) {
      return print(p.left(), PRIMARY) + " + " + print(p.right(), PRIMARY);
    }
    return primary(expr);
  }

  private static String primary(Expr expr) {
    if (expr instanceof Expr.Call c) {
      if (!c.parentheses()) {
        return c.function().path();
      }
      return c.function().path()
          + c.arguments().stream()
              .map(ExprPrinter::print)
              .collect(Collectors.joining(", ", "(", ")"));
    }
    if (expr instanceof Expr.Attribute a) {
      return a.scope().prefix() + "." + a.name().path();
    }
    if (expr instanceof Expr.Path p) {
      return p.name().path();
    }
    if (expr instanceof Expr.Text t) {
      return quote(t.value());
    }
    if (expr instanceof Expr.Number n) {
      return n.raw();
    }
    if (expr instanceof Expr.Bool b) {
      return Boolean.toString(b.value());
    }
    if (expr instanceof Expr.InstantLiteral i) {
      return i.raw();
    }
    if (expr instanceof Expr.DurationLiteral d) {
      return Literals.duration(d.raw()).value().map(Object::toString).orElse(d.raw());
    }
    Expr.ListLiteral l = (Expr.ListLiteral) expr;
    return l.elements().stream()
        .map(ExprPrinter::print)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** A string literal with {@code "} and {@code \} escaped, and line breaks as {@code \n}. */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char ch : value.toCharArray()) {
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> out.append(ch);
      }
    }
    return out.append('"').toString();
  }
}
