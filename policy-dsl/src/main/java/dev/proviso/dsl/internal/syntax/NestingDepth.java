package dev.proviso.dsl.internal.syntax;

import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.ast.TestStepNode;
import dev.proviso.dsl.internal.grammar.PolicyParser;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.Token;

/**
 * How deeply a statement nests; the parser, the checker and the printers recurse that deep, so the
 * limit is enforced on the tokens before any of them runs ({@link #firstTooDeep}), and again on the
 * tree as a second line of defence.
 */
final class NestingDepth {
  private NestingDepth() {}

  /** The documented limit: parentheses, brackets, braces and runs of {@code not}, together. */
  static final int MAX = 100;

  /**
   * The first token nested deeper than {@link #MAX}, or null: one linear pass counting open
   * parentheses, brackets and braces plus the current run of {@code not}s (each one a level of the
   * parser's recursion).
   */
  static Token firstTooDeep(List<Token> tokens) {
    int depth = 0;
    int nots = 0;
    for (Token token : tokens) {
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      int type = token.getType();
      nots = type == PolicyParser.NOT ? nots + 1 : 0;
      if (type == PolicyParser.LPAREN
          || type == PolicyParser.LBRACKET
          || type == PolicyParser.LBRACE) {
        depth++;
      } else if (type == PolicyParser.RPAREN
          || type == PolicyParser.RBRACKET
          || type == PolicyParser.RBRACE) {
        depth = Math.max(0, depth - 1);
      }
      if (depth + nots > MAX) {
        return token;
      }
    }
    return null;
  }

  static int of(Object node) {
    return exprs(node).mapToInt(NestingDepth::depth).max().orElse(0);
  }

  private static Stream<Expr> exprs(Object node) {
    if (node instanceof Statement.Rule r) {
      return Stream.of(
              r.required().stream(),
              r.when().stream(),
              r.unless().stream(),
              r.obligations().stream().map(o -> (Expr) o))
          .flatMap(s -> s);
    }
    if (node instanceof Statement.Regime r) {
      return r.appliesWhen().stream();
    }
    if (node instanceof Statement.Retain r) {
      return r.when().stream();
    }
    if (node instanceof Expr e) {
      return Stream.of(e);
    }
    if (node instanceof TestStepNode.GivenCall g) {
      return Stream.of(g.call());
    }
    if (node instanceof TestStepNode.Expect e) {
      return e.obligations().stream().map(o -> (Expr) o);
    }
    return Stream.empty();
  }

  private static int depth(Expr expr) {
    List<Expr> children;
    if (expr instanceof Expr.Logical l) {
      children = l.operands();
    } else if (expr instanceof Expr.Not n) {
      children = List.of(n.operand());
    } else if (expr instanceof Expr.Compare c) {
      children = List.of(c.left(), c.right());
    } else if (expr instanceof Expr.In i) {
      children = List.of(i.value(), i.options());
    } else if (expr instanceof Expr.Plus p) {
      children = List.of(p.left(), p.right());
    } else if (expr instanceof Expr.Call c) {
      children = c.arguments();
    } else if (expr instanceof Expr.ListLiteral l) {
      children = l.elements();
    } else {
      return 1;
    }
    return 1 + children.stream().mapToInt(NestingDepth::depth).max().orElse(0);
  }
}
