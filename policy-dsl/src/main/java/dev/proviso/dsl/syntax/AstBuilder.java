package dev.proviso.dsl.syntax;

import static dev.proviso.dsl.syntax.PolicyParser.*;

import dev.proviso.dsl.ast.Expr;
import dev.proviso.dsl.ast.Loc;
import dev.proviso.dsl.ast.Name;
import dev.proviso.dsl.ast.SelectionNode;
import dev.proviso.dsl.ast.Statement;
import dev.proviso.dsl.ast.Statement.CategoryFlag;
import dev.proviso.dsl.ast.TestStepNode;
import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.model.Condition;
import dev.proviso.model.Effect;
import dev.proviso.model.RuleForm;
import dev.proviso.model.Value;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/** Builds the immutable AST from parse trees of statements that parsed without error. */
final class AstBuilder {

  private final String file;
  private final String text;
  private final TokenStream tokens;

  AstBuilder(String file, String text, TokenStream tokens) {
    this.file = file;
    this.text = text;
    this.tokens = tokens;
  }

  // ---- statements ------------------------------------------------------------------------------

  Statement topItem(TopItemContext c) {
    if (c.header() != null) {
      HeaderContext h = c.header();
      return new Statement.Header(text(h.STRING().getSymbol()), h.NUMBER().getText(), loc(h));
    }
    if (c.importDecl() != null) {
      ImportDeclContext i = c.importDecl();
      return new Statement.Import(
          Optional.ofNullable(i.kind).map(Token::getText), text(i.STRING().getSymbol()), loc(i));
    }
    if (c.attributeBlock() != null) {
      AttributeBlockContext a = c.attributeBlock();
      Value.Scope scope = a.scope.getType() == SUBJECT ? Value.Scope.SUBJECT : Value.Scope.CONTEXT;
      List<Statement.AttributeDecl> attributes =
          a.attributeDecl().stream()
              .map(
                  d ->
                      new Statement.AttributeDecl(
                          name(d.ID().getSymbol()), type(d.typeRef()), loc(d)))
              .toList();
      return new Statement.Attributes(scope, attributes, loc(a));
    }
    if (c.categoryDecl() != null) {
      return new Statement.Category(
          category(c.categoryDecl().categoryNode()), loc(c.categoryDecl()));
    }
    if (c.purposeDecl() != null) {
      return new Statement.Purpose(purpose(c.purposeDecl().purposeNode()), loc(c.purposeDecl()));
    }
    if (c.ruleDecl() != null) {
      return rule(c.ruleDecl());
    }
    return retain(c.retainDecl());
  }

  private static String type(TypeRefContext t) {
    return t.ID().stream().map(id -> id.getText()).reduce((a, b) -> a + " of " + b).orElseThrow();
  }

  private Statement.CategoryNode category(CategoryNodeContext c) {
    List<CategoryFlag> flags =
        c.categoryFlag().stream()
            .map(f -> CategoryFlag.valueOf(f.getText().toUpperCase(java.util.Locale.ROOT)))
            .toList();
    return new Statement.CategoryNode(
        name(c.dottedName()),
        flags,
        c.categoryNode().stream().map(this::category).toList(),
        loc(c));
  }

  private Statement.PurposeNode purpose(PurposeNodeContext c) {
    return new Statement.PurposeNode(
        name(c.dottedName()), c.purposeNode().stream().map(this::purpose).toList(), loc(c));
  }

  Statement.Regime regime(RegimeHeadContext head, List<Statement.RegimeItem> items, int close) {
    Optional<Expr> appliesWhen = Optional.ofNullable(head.condition()).map(this::condition);
    return new Statement.Regime(
        name(head.dottedName()), appliesWhen, items, loc(head.getStart(), tokens.get(close)));
  }

  Statement.RegimeItem regimeItem(RegimeItemContext c) {
    return c.ruleDecl() != null ? rule(c.ruleDecl()) : retain(c.retainDecl());
  }

  private Statement.Rule rule(RuleDeclContext c) {
    if (c instanceof RequireRuleContext r) {
      return new Statement.Rule(
          r.ADVISORY() != null,
          RuleForm.REQUIRE,
          selection(r.categories),
          selection(r.purposes),
          Optional.of(condition(r.required)),
          Optional.ofNullable(r.whenCond).map(this::condition),
          Optional.empty(),
          List.of(),
          because(r.because()),
          loc(r));
    }
    EffectRuleContext e = (EffectRuleContext) c;
    return new Statement.Rule(
        e.ADVISORY() != null,
        e.effect.getType() == ALLOW ? RuleForm.ALLOW : RuleForm.DENY,
        selection(e.categories),
        selection(e.purposes),
        Optional.empty(),
        Optional.ofNullable(e.whenCond).map(this::condition),
        Optional.ofNullable(e.unlessCond).map(this::condition),
        e.obligation().stream().map(this::obligation).toList(),
        because(e.because()),
        loc(e));
  }

  private Statement.Retain retain(RetainDeclContext c) {
    return new Statement.Retain(
        selection(c.selection()),
        name(c.dottedName(0)),
        duration(c.duration()),
        name(c.dottedName(1)),
        because(c.because()),
        loc(c));
  }

  private Optional<Expr.Text> because(BecauseContext c) {
    return Optional.ofNullable(c).map(b -> text(b.STRING().getSymbol()));
  }

  private SelectionNode selection(SelectionContext c) {
    return new SelectionNode(
        c.ANY() != null, c.dottedName().stream().map(this::name).toList(), loc(c));
  }

  // ---- tests -----------------------------------------------------------------------------------

  Statement.Test test(TestHeadContext head, List<TestStepNode> steps, int close) {
    return new Statement.Test(
        text(head.STRING().getSymbol()),
        Optional.ofNullable(head.INSTANT()).map(i -> instant(i.getSymbol())),
        steps,
        loc(head.getStart(), tokens.get(close)));
  }

  TestStepNode testStep(TestStepContext c) {
    if (c instanceof SubjectStepContext s) {
      return new TestStepNode.SubjectValues(
          s.field().stream()
              .map(
                  f ->
                      new TestStepNode.Field(
                          name(f.ID().getSymbol()), literal(f.literal()), loc(f)))
              .toList(),
          loc(s));
    }
    if (c instanceof GivenEventContext g) {
      return new TestStepNode.GivenEvent(
          name(g.dottedName()), instant(g.INSTANT().getSymbol()), loc(g));
    }
    if (c instanceof GivenContextContext g) {
      return new TestStepNode.GivenContext(name(g.dottedName()), literal(g.literal()), loc(g));
    }
    if (c instanceof GivenCallContext g) {
      return new TestStepNode.GivenCall(
          call(g.call()),
          instant(g.INSTANT(0).getSymbol()),
          g.INSTANT().size() > 1
              ? Optional.of(instant(g.INSTANT(1).getSymbol()))
              : Optional.empty(),
          loc(g));
    }
    if (c instanceof GivenFactContext g) {
      return new TestStepNode.GivenFact(
          name(g.ID().getSymbol()), instant(g.INSTANT().getSymbol()), loc(g));
    }
    ExpectStepContext e = (ExpectStepContext) c;
    return new TestStepNode.Expect(
        e.outcome.getType() == ALLOW ? Effect.ALLOW : Effect.DENY,
        selection(e.selection()),
        name(e.dottedName()),
        Optional.ofNullable(e.INSTANT()).map(i -> instant(i.getSymbol())),
        e.obligation().stream().map(this::obligation).toList(),
        loc(e));
  }

  // ---- conditions and values -------------------------------------------------------------------

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
      return new Expr.Path(name(b.dottedName()), loc(b));
    }
    return literal(((LiteralValueContext) c).literal());
  }

  private Expr.Call call(CallContext c) {
    return new Expr.Call(
        name(c.dottedName()), true, c.condition().stream().map(this::condition).toList(), loc(c));
  }

  private Expr.Call obligation(ObligationContext c) {
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

  private Expr.DurationLiteral duration(DurationContext c) {
    String raw = c.DURATION() != null ? c.getText() : c.NUMBER().getText() + " " + c.ID().getText();
    return new Expr.DurationLiteral(raw, loc(c));
  }

  private Expr.InstantLiteral instant(Token token) {
    return new Expr.InstantLiteral(token.getText(), loc(token, token));
  }

  /**
   * A string literal's value: quotes removed, {@code \"} {@code \\} {@code \n} {@code \t} decoded.
   */
  private Expr.Text text(Token token) {
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

  private Name name(DottedNameContext c) {
    return new Name(c.getText(), loc(c));
  }

  private Name name(Token token) {
    return new Name(token.getText(), loc(token, token));
  }

  // ---- locations -------------------------------------------------------------------------------

  private Loc loc(ParserRuleContext c) {
    return loc(c.getStart(), c.getStop() == null ? c.getStart() : c.getStop());
  }

  private Loc loc(Token first, Token last) {
    Span start = span(first);
    int end = last.getStopIndex() + 1;
    int lineEnd = text.indexOf('\n', Math.max(0, first.getStartIndex()));
    if (lineEnd >= 0 && end > lineEnd) {
      end = lineEnd; // a multi-line node is underlined on its first line
    }
    int length = Math.max(start.length(), end - first.getStartIndex());
    return new Loc(
        new Span(file, start.line(), start.column(), length),
        first.getTokenIndex(),
        last.getTokenIndex());
  }

  /** The span of one token; at the end of the file, the position after the last character. */
  Span span(Token token) {
    int length =
        token.getType() == Token.EOF ? 1 : token.getStopIndex() - token.getStartIndex() + 1;
    return new Span(file, token.getLine(), token.getCharPositionInLine() + 1, length);
  }
}
