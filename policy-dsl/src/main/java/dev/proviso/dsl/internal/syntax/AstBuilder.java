package dev.proviso.dsl.internal.syntax;

import static dev.proviso.dsl.internal.grammar.PolicyParser.*;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Loc;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.SelectionNode;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.ast.Statement.CategoryFlag;
import dev.proviso.dsl.internal.ast.TestStepNode;
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

  private final TokenStream tokens;
  private final Locations locations;
  private final ExprBuilder exprs;

  AstBuilder(String file, String text, TokenStream tokens) {
    this.tokens = tokens;
    this.locations = new Locations(file, text);
    this.exprs = new ExprBuilder(locations);
  }

  // ---- statements ------------------------------------------------------------------------------

  Statement topItem(TopItemContext c) {
    if (c.header() != null) {
      HeaderContext h = c.header();
      return new Statement.Header(exprs.text(h.STRING().getSymbol()), h.NUMBER().getText(), loc(h));
    }
    if (c.importDecl() != null) {
      ImportDeclContext i = c.importDecl();
      return new Statement.Import(
          Optional.ofNullable(i.kind).map(Token::getText),
          exprs.text(i.STRING().getSymbol()),
          loc(i));
    }
    if (c.attributeBlock() != null) {
      AttributeBlockContext a = c.attributeBlock();
      Value.Scope scope = a.scope.getType() == SUBJECT ? Value.Scope.SUBJECT : Value.Scope.CONTEXT;
      List<Statement.AttributeDecl> attributes =
          a.attributeDecl().stream()
              .map(
                  d ->
                      new Statement.AttributeDecl(
                          exprs.name(d.ID().getSymbol()), type(d.typeRef()), loc(d)))
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
    if (c.basisDecl() != null) {
      return basis(c.basisDecl());
    }
    if (c.paramDecl() != null) {
      ParamDeclContext p = c.paramDecl();
      return new Statement.Param(
          exprs.name(p.ID().getSymbol()),
          exprs.duration(p.duration()),
          because(p.because()),
          loc(p));
    }
    return retain(c.retainDecl());
  }

  private Statement.Basis basis(BasisDeclContext c) {
    BasisKindContext kind = c.basisKind();
    Optional<Expr.Call> consent = Optional.ofNullable(kind.call()).map(exprs::call);
    return new Statement.Basis(
        consent.map(Expr.Call::function).orElseGet(() -> exprs.name(kind.dottedName())),
        consent,
        Optional.ofNullable(c.categories).map(this::selection),
        selection(c.purposes),
        because(c.because()),
        loc(c));
  }

  /** {@code consent NAME for P, ... [valid D] [explicit] [given by ROLE]}. */
  Statement.Consent consent(ConsentHeadContext head, ConsentClauses.Clauses clauses) {
    Optional<Expr.DurationLiteral> validity = Optional.empty();
    if (clauses.validFirst() != null) {
      Token first = clauses.validFirst();
      Token last = clauses.validLast();
      String raw = first == last ? first.getText() : first.getText() + " " + last.getText();
      validity = Optional.of(new Expr.DurationLiteral(raw, loc(first, last)));
    }
    List<DottedNameContext> names = head.dottedName();
    return new Statement.Consent(
        exprs.name(names.get(0)),
        names.subList(1, names.size()).stream().map(exprs::name).toList(),
        validity,
        clauses.explicit() != null,
        Optional.ofNullable(clauses.role()).map(exprs::name),
        loc(head.getStart(), clauses.last()));
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
        exprs.name(c.dottedName()),
        flags,
        c.categoryNode().stream().map(this::category).toList(),
        loc(c));
  }

  private Statement.PurposeNode purpose(PurposeNodeContext c) {
    return new Statement.PurposeNode(
        exprs.name(c.dottedName()), c.purposeNode().stream().map(this::purpose).toList(), loc(c));
  }

  Statement.Regime regime(RegimeHeadContext head, List<Statement.RegimeItem> items, int close) {
    Optional<Expr> appliesWhen = Optional.ofNullable(head.condition()).map(exprs::condition);
    return new Statement.Regime(
        exprs.name(head.dottedName()), appliesWhen, items, loc(head.getStart(), tokens.get(close)));
  }

  Statement.RegimeItem regimeItem(RegimeItemContext c) {
    return c.ruleDecl() != null ? rule(c.ruleDecl()) : retain(c.retainDecl());
  }

  private Statement.Rule rule(RuleDeclContext c) {
    if (c instanceof RequireRuleContext r) {
      return new Statement.Rule(
          ruleName(r.ruleName()),
          r.ADVISORY() != null,
          RuleForm.REQUIRE,
          selection(r.categories),
          selection(r.purposes),
          Optional.of(exprs.condition(r.required)),
          Optional.ofNullable(r.whenCond).map(exprs::condition),
          Optional.empty(),
          List.of(),
          because(r.because()),
          loc(r));
    }
    EffectRuleContext e = (EffectRuleContext) c;
    return new Statement.Rule(
        ruleName(e.ruleName()),
        e.ADVISORY() != null,
        switch (e.effect.getType()) {
          case ALLOW -> RuleForm.ALLOW;
          case OBLIGE -> RuleForm.OBLIGE;
          default -> RuleForm.DENY;
        },
        selection(e.categories),
        selection(e.purposes),
        Optional.empty(),
        Optional.ofNullable(e.whenCond).map(exprs::condition),
        Optional.ofNullable(e.unlessCond).map(exprs::condition),
        e.obligation().stream().map(exprs::obligation).toList(),
        because(e.because()),
        loc(e));
  }

  private Statement.Retain retain(RetainDeclContext c) {
    return new Statement.Retain(
        ruleName(c.ruleName()),
        selection(c.ruleSelection()),
        exprs.name(c.dottedName(0)),
        Optional.ofNullable(c.duration()).map(exprs::duration),
        Optional.ofNullable(c.period).map(t -> exprs.name(t)),
        exprs.name(c.dottedName(1)),
        Optional.ofNullable(c.condition()).map(exprs::condition),
        because(c.because()),
        loc(c));
  }

  private Optional<Expr.Text> because(BecauseContext c) {
    return Optional.ofNullable(c).map(b -> exprs.text(b.STRING().getSymbol()));
  }

  private Optional<Name> ruleName(RuleNameContext c) {
    return Optional.ofNullable(c).map(n -> exprs.name(n.dottedName()));
  }

  private SelectionNode selection(RuleSelectionContext c) {
    SelectionNode base = selection(c.selection());
    return new SelectionNode(
        base.any(), base.names(), c.dottedName().stream().map(exprs::name).toList(), loc(c));
  }

  private SelectionNode selection(SelectionContext c) {
    return new SelectionNode(
        c.ANY() != null, c.dottedName().stream().map(exprs::name).toList(), loc(c));
  }

  // ---- tests -----------------------------------------------------------------------------------

  Statement.Test test(TestHeadContext head, List<TestStepNode> steps, int close) {
    return new Statement.Test(
        exprs.text(head.STRING().getSymbol()),
        Optional.ofNullable(head.INSTANT()).map(i -> exprs.instant(i.getSymbol())),
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
                          exprs.name(f.ID().getSymbol()), exprs.literal(f.literal()), loc(f)))
              .toList(),
          loc(s));
    }
    if (c instanceof GivenEventContext g) {
      return new TestStepNode.GivenEvent(
          exprs.name(g.dottedName()), exprs.instant(g.INSTANT().getSymbol()), loc(g));
    }
    if (c instanceof GivenContextContext g) {
      return new TestStepNode.GivenContext(
          exprs.name(g.dottedName()), exprs.literal(g.literal()), loc(g));
    }
    if (c instanceof GivenCallContext g) {
      return new TestStepNode.GivenCall(
          exprs.call(g.call()),
          Optional.ofNullable(g.role)
              .map(r -> new TestStepNode.GivenBy(exprs.name(g.by), exprs.name(r))),
          exprs.instant(g.INSTANT(0).getSymbol()),
          g.INSTANT().size() > 1
              ? Optional.of(exprs.instant(g.INSTANT(1).getSymbol()))
              : Optional.empty(),
          loc(g));
    }
    if (c instanceof GivenFactContext g) {
      return new TestStepNode.GivenFact(
          exprs.name(g.ID().getSymbol()), exprs.instant(g.INSTANT().getSymbol()), loc(g));
    }
    ExpectStepContext e = (ExpectStepContext) c;
    return new TestStepNode.Expect(
        e.outcome.getType() == ALLOW ? Effect.ALLOW : Effect.DENY,
        selection(e.selection()),
        exprs.name(e.dottedName()),
        Optional.ofNullable(e.INSTANT()).map(i -> exprs.instant(i.getSymbol())),
        e.obligation().stream().map(exprs::obligation).toList(),
        because(e.because()),
        loc(e));
  }

  // ---- locations ------------------------------------------------------------------------------

  Expr condition(ConditionContext c) {
    return exprs.condition(c);
  }

  private Loc loc(ParserRuleContext c) {
    return locations.loc(c);
  }

  private Loc loc(Token first, Token last) {
    return locations.loc(first, last);
  }

  Span span(Token token) {
    return locations.span(token);
  }
}
