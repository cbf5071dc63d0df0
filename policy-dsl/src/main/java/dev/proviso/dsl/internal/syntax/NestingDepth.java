package dev.proviso.dsl.internal.syntax;

import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.ast.TestStepNode;
import java.util.List;
import java.util.stream.Stream;

/** How deeply a statement's conditions nest; the checker and printers recurse that deep. */
final class NestingDepth {
  private NestingDepth() {}

  static final int MAX = 100;

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
