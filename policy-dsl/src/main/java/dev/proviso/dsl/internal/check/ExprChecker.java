package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.dsl.internal.syntax.ExprPrinter;
import dev.proviso.model.Condition;
import dev.proviso.model.PolicyDuration;
import dev.proviso.model.Value;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Gives every condition and value a type and reports what cannot work: unknown attributes and
 * functions, comparisons across types, ordering on text, {@code in} without a matching list,
 * elapsed time compared to a non-duration, malformed literals. Records the events and opt-out names
 * it sees, so tests can be checked against them.
 */
final class ExprChecker {

  private final Names names;
  private final Symbols symbols;
  private final Diagnostics diagnostics;
  private final Arguments arguments;
  private final FunctionChecker functions;
  private final ParsedLiterals.Builder literals = new ParsedLiterals.Builder();

  ExprChecker(Names names) {
    this.names = names;
    this.symbols = names.symbols();
    this.diagnostics = names.diagnostics();
    this.arguments = new Arguments(diagnostics);
    this.functions = new FunctionChecker(this, names);
  }

  /**
   * The type an undeclared attribute would need where it is being checked (the other side of a
   * comparison, a bare condition); null when nothing says.
   */
  private Type declarationHint;

  /** Every instant and duration checked so far, parsed. */
  ParsedLiterals literals() {
    return literals.build();
  }

  FunctionChecker functions() {
    return functions;
  }

  Arguments arguments() {
    return arguments;
  }

  /** Checks a condition: it must be a bool. */
  void condition(Expr expr) {
    Type type = hinted(expr, Type.BOOL);
    if (type != Type.BOOL && type != Type.UNKNOWN) {
      diagnostics.report(
          DiagnosticCode.P209,
          expr.loc().span(),
          "'" + ExprPrinter.print(expr) + "' is a " + type.spelling() + ", not a condition",
          Optional.of(
              type == Type.NAME
                  ? "to require consent for a purpose write consent("
                      + ExprPrinter.print(expr)
                      + ")"
                  : "compare it with something, e.g. " + ExprPrinter.print(expr) + " == ..."));
    }
  }

  Type type(Expr expr) {
    if (expr instanceof Expr.Logical l) {
      l.operands().forEach(this::condition);
      return Type.BOOL;
    }
    if (expr instanceof Expr.Not n) {
      condition(n.operand());
      return Type.BOOL;
    }
    if (expr instanceof Expr.Compare c) {
      return compare(c);
    }
    if (expr instanceof Expr.In i) {
      return in(i);
    }
    if (expr instanceof Expr.Plus p) {
      return plus(p);
    }
    if (expr instanceof Expr.Call c) {
      return functions.call(c);
    }
    if (expr instanceof Expr.Attribute a) {
      return attribute(a);
    }
    if (expr instanceof Expr.Path) {
      return Type.NAME;
    }
    if (expr instanceof Expr.Text) {
      return Type.TEXT;
    }
    if (expr instanceof Expr.Number) {
      return Type.NUMBER;
    }
    if (expr instanceof Expr.Bool) {
      return Type.BOOL;
    }
    if (expr instanceof Expr.InstantLiteral i) {
      return instant(i) ? Type.INSTANT : Type.UNKNOWN;
    }
    if (expr instanceof Expr.DurationLiteral d) {
      return duration(d) ? Type.DURATION : Type.UNKNOWN;
    }
    return list((Expr.ListLiteral) expr);
  }

  /** Reports a malformed instant; true when it is valid. */
  boolean instant(Expr.InstantLiteral literal) {
    Literals.Parsed<Instant> parsed = Literals.instant(literal.raw());
    parsed.value().ifPresent(value -> literals.instant(literal, value));
    return valid(parsed, DiagnosticCode.P207, literal, Literals.INSTANT_HELP);
  }

  /** Reports a malformed duration; true when it is valid. */
  boolean duration(Expr.DurationLiteral literal) {
    Literals.Parsed<PolicyDuration> parsed = Literals.duration(literal.raw());
    parsed.value().ifPresent(value -> literals.duration(literal, value));
    return valid(parsed, DiagnosticCode.P206, literal, Literals.DURATION_HELP);
  }

  /** Reports a literal that did not parse, under {@code code}; true when it did. */
  private boolean valid(Literals.Parsed<?> parsed, DiagnosticCode code, Expr literal, String help) {
    if (parsed.value().isEmpty()) {
      diagnostics.report(code, literal.loc().span(), parsed.problem(), Optional.of(help));
    }
    return parsed.value().isPresent();
  }

  Type attribute(Expr.Attribute a) {
    String name = a.name().path();
    if (a.scope() == Value.Scope.EVENT) {
      symbols.events.add(name);
      return Type.INSTANT;
    }
    Symbols.AttributeInfo info = symbols.attributes(a.scope()).get(name);
    if (info != null) {
      return Type.of(info.type());
    }
    String prefix = a.scope().prefix();
    diagnostics.report(
        DiagnosticCode.P103,
        a.loc().span(),
        "unknown attribute '" + prefix + "." + name + "'",
        dev.proviso.Suggestions.closest(name, symbols.attributes(a.scope()).keySet())
            .map(s -> "did you mean '" + prefix + "." + s + "'?")
            .or(() -> Optional.of(declareHelp(prefix, name))));
    return Type.UNKNOWN;
  }

  private String declareHelp(String prefix, String name) {
    if (declarationHint == null) {
      return "declare it: "
          + prefix
          + " { "
          + name
          + ": TYPE } where TYPE is text, number, bool, instant or list of text";
    }
    return "declare it: " + prefix + " { " + name + ": " + declarationHint.spelling() + " }";
  }

  /** The type of {@code expr}, with {@code hint} offered to an undeclared attribute in it. */
  private Type hinted(Expr expr, Type hint) {
    Type outer = declarationHint;
    declarationHint = expr instanceof Expr.Attribute ? hint : null;
    try {
      return type(expr);
    } finally {
      declarationHint = outer;
    }
  }

  /** The declarable type of a literal, or null. */
  private static Type literalType(Expr expr) {
    if (expr instanceof Expr.Number) {
      return Type.NUMBER;
    }
    if (expr instanceof Expr.Text) {
      return Type.TEXT;
    }
    if (expr instanceof Expr.Bool) {
      return Type.BOOL;
    }
    if (expr instanceof Expr.InstantLiteral) {
      return Type.INSTANT;
    }
    return null;
  }

  private Type compare(Expr.Compare c) {
    Type left = hinted(c.left(), literalType(c.right()));
    Type right = hinted(c.right(), literalType(c.left()));
    if (left == Type.UNKNOWN || right == Type.UNKNOWN) {
      return Type.BOOL;
    }
    boolean elapsedLeft = isElapsed(c.left());
    if ((elapsedLeft || isElapsed(c.right())) && left != right) {
      Expr elapsed = elapsedLeft ? c.left() : c.right();
      Expr other = elapsedLeft ? c.right() : c.left();
      diagnostics.report(
          DiagnosticCode.P205,
          other.loc().span(),
          ExprPrinter.print(elapsed)
              + " is a duration, but '"
              + ExprPrinter.print(other)
              + "' is "
              + article(right == Type.DURATION ? left : right),
          Optional.of(
              "compare elapsed time with a duration, e.g. "
                  + ExprPrinter.print(elapsed)
                  + " >= 24h"));
    } else if (left == Type.NAME) {
      // Two bare names have the same type but neither is a value (found by the robustness test).
      diagnostics.report(
          DiagnosticCode.P201,
          c.loc().span(),
          "cannot compare " + describe(c.left(), left) + " with " + describe(c.right(), right),
          Optional.of("attributes are written subject.x, context.x or event.x"));
    } else if (left != right) {
      diagnostics.report(
          DiagnosticCode.P201,
          c.loc().span(),
          "cannot compare " + describe(c.left(), left) + " with " + describe(c.right(), right),
          Optional.of("both sides of '" + c.operator().symbol() + "' must have the same type"));
    } else if (isOrdering(c.operator()) && !left.ordered()) {
      diagnostics.report(
          DiagnosticCode.P202,
          c.loc().span(),
          "'" + c.operator().symbol() + "' cannot order values of type " + left.spelling(),
          Optional.of("only numbers, instants and durations are ordered; use == or != here"));
    }
    return Type.BOOL;
  }

  private Type in(Expr.In i) {
    Type value = type(i.value());
    Type options = type(i.options());
    if (value == Type.UNKNOWN || options == Type.UNKNOWN) {
      return Type.BOOL;
    }
    Type element =
        switch (options) {
          case TEXT_LIST -> Type.TEXT;
          case NUMBER_LIST -> Type.NUMBER;
          default -> null;
        };
    if (element == null) {
      diagnostics.report(
          DiagnosticCode.P203,
          i.options().loc().span(),
          "'in' needs a list of text or numbers on its right, but '"
              + ExprPrinter.print(i.options())
              + "' is "
              + article(options),
          Optional.of("e.g. subject.region in [\"EU\", \"EEA\"]"));
    } else if (element != value) {
      diagnostics.report(
          DiagnosticCode.P203,
          i.loc().span(),
          "cannot look for " + describe(i.value(), value) + " in " + options.spelling(),
          Optional.of("the value and the list elements must have the same type"));
    }
    return Type.BOOL;
  }

  private Type plus(Expr.Plus p) {
    Type left = type(p.left());
    Type right = type(p.right());
    if (left == Type.UNKNOWN || right == Type.UNKNOWN) {
      return Type.INSTANT;
    }
    if (left != Type.INSTANT || !(p.right() instanceof Expr.DurationLiteral)) {
      diagnostics.report(
          DiagnosticCode.P201,
          p.loc().span(),
          "cannot add " + describe(p.right(), right) + " to " + describe(p.left(), left),
          Optional.of("only an instant can be shifted, by a duration: event.x + 24h"));
      return Type.UNKNOWN;
    }
    return Type.INSTANT;
  }

  private Type list(Expr.ListLiteral l) {
    List<Type> types = l.elements().stream().map(this::type).distinct().toList();
    if (types.contains(Type.UNKNOWN)) {
      return Type.UNKNOWN;
    }
    if (types.isEmpty() || types.equals(List.of(Type.TEXT))) {
      return Type.TEXT_LIST;
    }
    return types.equals(List.of(Type.NUMBER)) ? Type.NUMBER_LIST : Type.MIXED_LIST;
  }

  private static boolean isElapsed(Expr expr) {
    return expr instanceof Expr.Call c && c.function().path().equals(BuiltIn.ELAPSED.spelling());
  }

  private static boolean isOrdering(Condition.Operator op) {
    return op != Condition.Operator.EQ && op != Condition.Operator.NE;
  }

  private static String describe(Expr expr, Type type) {
    return ExprPrinter.print(expr) + " (" + type.spelling() + ")";
  }

  private static String article(Type type) {
    String spelling = type.spelling();
    return ("aeiou".indexOf(spelling.charAt(0)) >= 0 ? "an " : "a ") + spelling;
  }
}
