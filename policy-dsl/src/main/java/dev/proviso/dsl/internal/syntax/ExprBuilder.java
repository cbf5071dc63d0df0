package dev.proviso.dsl.internal.syntax;

import static dev.proviso.dsl.internal.grammar.PolicyParser.*;

import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Loc;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.model.Condition;
import dev.proviso.model.Value;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Builds conditions, values, literals and names; parentheses leave no node behind. */
final class ExprBuilder {

  private final Locations locations;

  ExprBuilder(Locations locations) {
    this.locations = locations;
  }

  Expr condition(ConditionContext c) {
    List<Expr> operands = c.andCond().stream().map(this::and).toList();
    return operands.size() == 1 ? operands.get(0) : new Expr.Logical(false, operands, loc(c));
  }

  private Expr and(AndCondContext c) {
    List<Expr> operands = c.notCond().stream().map(this::not).toList();
    return operands.size() == 1 ? operands.get(0) : new Expr.Logical(true, operands, loc(c));
  }

  private Expr not(NotCondContext c) {
    return c.NOT() != null ? new Expr.Not(not(c.notCond()), loc(c)) : predicate(c.predicate());
  }

  private Expr predicate(PredicateContext c) {
    Expr left = sum(c.sum(0));
    if (c.IN() != null) {
      return new Expr.In(left, sum(c.sum(1)), loc(c));
    }
    if (c.compareOp() != null) {
      return new Expr.Compare(left, operator(c.compareOp().getStart()), sum(c.sum(1)), loc(c));
    }
    return left;
  }

  private static Condition.Operator operator(Token op) {
    return switch (op.getType()) {
      case EQ -> Condition.Operator.EQ;
      case NE -> Condition.Operator.NE;
      case LT -> Condition.Operator.LT;
      case LE -> Condition.Operator.LE;
      case GT -> Condition.Operator.GT;
      default -> Condition.Operator.GE;
    };
  }

  private Expr sum(SumContext c) {
    Expr left = primary(c.primary(0));
    return c.PLUS() != null ? new Expr.Plus(left, primary(c.primary(1)), loc(c)) : left;
  }

  private Expr primary(PrimaryContext c) {
    if (c instanceof ParenthesizedContext p) {
      return condition(p.condition());
    }
    if (c instanceof CallValueContext v) {
      return call(v.call());
    }
    if (c instanceof AttributeContext a) {
      Value.Scope scope =
          switch (a.scope.getType()) {
            case SUBJECT -> Value.Scope.SUBJECT;
            case CONTEXT -> Value.Scope.CONTEXT;
            default -> Value.Scope.EVENT;
          };
      return new Expr.Attribute(scope, name(a.dottedName()), loc(a));
    }
    if (c instanceof BareNameContext b) {
      // 'now' is a contextual word: a bare name elsewhere (a purpose in consent(...)) stays a name.
      if (b.dottedName().getText().equals("now")) {
        return new Expr.Now(loc(b));
      }
      return new Expr.Path(name(b.dottedName()), loc(b));
    }
    return literal(((LiteralValueContext) c).literal());
  }

  Expr.Call call(CallContext c) {
    // basis(...) is spelled with the keyword that also starts a basis declaration
    Name function = c.dottedName() != null ? name(c.dottedName()) : name(c.BASIS().getSymbol());
    return new Expr.Call(
        function, true, c.condition().stream().map(this::condition).toList(), loc(c));
  }

  Expr.Call obligation(ObligationContext c) {
    return c.call() != null
        ? call(c.call())
        : new Expr.Call(name(c.dottedName()), false, List.of(), loc(c));
  }

  Expr literal(LiteralContext c) {
    if (c instanceof TextLiteralContext t) {
      return text(t.STRING().getSymbol());
    }
    if (c instanceof NumberLiteralContext n) {
      return new Expr.Number(n.getText(), loc(n));
    }
    if (c instanceof BoolLiteralContext b) {
      return new Expr.Bool(b.TRUE() != null, loc(b));
    }
    if (c instanceof InstantLiteralContext i) {
      return instant(i.INSTANT().getSymbol());
    }
    if (c instanceof DurationLiteralContext d) {
      return duration(d.duration());
    }
    ListLiteralContext l = (ListLiteralContext) c;
    return new Expr.ListLiteral(l.literal().stream().map(this::literal).toList(), loc(l));
  }

  Expr.DurationLiteral duration(DurationContext c) {
    String raw = c.DURATION() != null ? c.getText() : c.NUMBER().getText() + " " + c.ID().getText();
    return new Expr.DurationLiteral(raw, loc(c));
  }

  Expr.InstantLiteral instant(Token token) {
    return new Expr.InstantLiteral(token.getText(), loc(token, token));
  }

  /**
   * A string literal's value: quotes removed, {@code \"} {@code \\} {@code \n} {@code \t} decoded.
   */
  Expr.Text text(Token token) {
    String raw = token.getText();
    StringBuilder value = new StringBuilder();
    for (int i = 1; i < raw.length() - 1; i++) {
      char ch = raw.charAt(i);
      if (ch == '\\' && i + 1 < raw.length() - 1) {
        char next = raw.charAt(++i);
        value.append(next == 'n' ? '\n' : next == 't' ? '\t' : next == 'r' ? '\r' : next);
      } else {
        value.append(ch);
      }
    }
    return new Expr.Text(value.toString(), loc(token, token));
  }

  Name name(DottedNameContext c) {
    return new Name(c.getText(), loc(c));
  }

  Name name(Token token) {
    return new Name(token.getText(), loc(token, token));
  }

  private Loc loc(ParserRuleContext c) {
    return locations.loc(c);
  }

  private Loc loc(Token first, Token last) {
    return locations.loc(first, last);
  }
}
