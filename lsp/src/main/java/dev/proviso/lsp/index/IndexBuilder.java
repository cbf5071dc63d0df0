package dev.proviso.lsp.index;

import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.PolicyFile;
import dev.proviso.dsl.internal.ast.SelectionNode;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.ast.TestStepNode;
import dev.proviso.dsl.resolve.SourceResolver;
import dev.proviso.lsp.compile.Builtins;
import dev.proviso.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Walks the syntax trees once and records every name written, and every rule. */
final class IndexBuilder {

  final List<Occurrence> occurrences = new ArrayList<>();
  final List<RuleSite> rules = new ArrayList<>();

  void file(PolicyFile file) {
    for (Statement statement : file.statements()) {
      statement(file.file(), statement);
    }
  }

  private void statement(String file, Statement statement) {
    if (statement instanceof Statement.Import i) {
      importOf(file, i);
    } else if (statement instanceof Statement.Attributes a) {
      for (Statement.AttributeDecl d : a.attributes()) {
        add(SymbolKind.ATTRIBUTE, a.scope().prefix() + "." + d.name().path(), d.name(), true);
      }
    } else if (statement instanceof Statement.Category c) {
      category("", c.root());
    } else if (statement instanceof Statement.Purpose p) {
      purpose("", p.root());
    } else if (statement instanceof Statement.Regime r) {
      add(SymbolKind.REGIME, r.name().path(), r.name(), true);
      r.appliesWhen().ifPresent(this::expr);
      for (Statement.RegimeItem item : r.items()) {
        if (item instanceof Statement.Rule rule) {
          rule(rule, Optional.of(r.name().path()));
        } else if (item instanceof Statement.Retain retain) {
          retain(retain);
        }
      }
    } else if (statement instanceof Statement.Rule rule) {
      rule(rule, Optional.empty());
    } else if (statement instanceof Statement.Retain retain) {
      retain(retain);
    } else if (statement instanceof Statement.Test t) {
      t.steps().forEach(this::step);
    }
  }

  private void importOf(String file, Statement.Import i) {
    String path = i.path().value();
    String target =
        i.kind()
            .map(kind -> kind + ":" + path)
            .orElseGet(() -> SourceResolver.relativeTo(file, path));
    occurrences.add(new Occurrence(SymbolKind.IMPORT, target, path, i.path().loc().span(), false));
  }

  private void category(String parent, Statement.CategoryNode node) {
    String path = join(parent, node.name().path());
    add(SymbolKind.CATEGORY, path, node.name(), true);
    node.children().forEach(child -> category(path, child));
  }

  private void purpose(String parent, Statement.PurposeNode node) {
    String path = join(parent, node.name().path());
    add(SymbolKind.PURPOSE, path, node.name(), true);
    node.children().forEach(child -> purpose(path, child));
  }

  private void rule(Statement.Rule rule, Optional<String> regime) {
    int first = occurrences.size();
    rule.required().ifPresent(this::expr);
    selection(SymbolKind.CATEGORY, rule.categories());
    selection(SymbolKind.PURPOSE, rule.purposes());
    rule.when().ifPresent(this::expr);
    rule.unless().ifPresent(this::expr);
    rule.obligations().forEach(this::expr);
    rules.add(new RuleSite(rule, regime, occurrences.subList(first, occurrences.size())));
  }

  private void retain(Statement.Retain retain) {
    selection(SymbolKind.CATEGORY, retain.categories());
    add(SymbolKind.PURPOSE, retain.purpose().path(), retain.purpose(), false);
    add(SymbolKind.EVENT, retain.event().path(), retain.event(), false);
  }

  private void step(TestStepNode step) {
    if (step instanceof TestStepNode.SubjectValues s) {
      for (TestStepNode.Field f : s.fields()) {
        add(SymbolKind.ATTRIBUTE, "subject." + f.name().path(), f.name(), false);
        expr(f.value());
      }
    } else if (step instanceof TestStepNode.GivenEvent e) {
      add(SymbolKind.EVENT, e.event().path(), e.event(), false);
    } else if (step instanceof TestStepNode.GivenContext c) {
      add(SymbolKind.ATTRIBUTE, "context." + c.attribute().path(), c.attribute(), false);
      expr(c.value());
    } else if (step instanceof TestStepNode.GivenCall c) {
      expr(c.call());
    } else if (step instanceof TestStepNode.Expect e) {
      selection(SymbolKind.CATEGORY, e.categories());
      add(SymbolKind.PURPOSE, e.purpose().path(), e.purpose(), false);
      e.obligations().forEach(this::expr);
    }
  }

  private void selection(SymbolKind kind, SelectionNode selection) {
    selection.names().forEach(name -> add(kind, name.path(), name, false));
  }

  private void expr(Expr expr) {
    if (expr instanceof Expr.Logical l) {
      l.operands().forEach(this::expr);
    } else if (expr instanceof Expr.Not n) {
      expr(n.operand());
    } else if (expr instanceof Expr.Compare c) {
      expr(c.left());
      expr(c.right());
    } else if (expr instanceof Expr.In i) {
      expr(i.value());
      expr(i.options());
    } else if (expr instanceof Expr.Plus p) {
      expr(p.left());
      expr(p.right());
    } else if (expr instanceof Expr.Call c) {
      call(c);
    } else if (expr instanceof Expr.Attribute a) {
      attribute(a);
    } else if (expr instanceof Expr.ListLiteral l) {
      l.elements().forEach(this::expr);
    }
  }

  /** A built-in call; a bare name among its arguments is what the built-in takes. */
  private void call(Expr.Call call) {
    String function = call.function().path();
    add(SymbolKind.BUILTIN, function, call.function(), false);
    Optional<SymbolKind> argumentKind =
        Builtins.named(function).flatMap(Builtins.Builtin::argument);
    for (Expr argument : call.arguments()) {
      if (argument instanceof Expr.Path p && argumentKind.isPresent()) {
        add(argumentKind.get(), p.name().path(), p.name(), false);
      } else {
        expr(argument);
      }
    }
  }

  private void attribute(Expr.Attribute a) {
    if (a.scope() == Value.Scope.EVENT) {
      add(SymbolKind.EVENT, a.name().path(), a.name(), false);
    } else {
      add(SymbolKind.ATTRIBUTE, a.scope().prefix() + "." + a.name().path(), a.name(), false);
    }
  }

  private void add(SymbolKind kind, String path, Name name, boolean declaration) {
    occurrences.add(new Occurrence(kind, path, name.path(), name.loc().span(), declaration));
  }

  private static String join(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }
}
