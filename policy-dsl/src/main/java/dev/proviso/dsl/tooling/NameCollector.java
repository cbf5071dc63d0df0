package dev.proviso.dsl.tooling;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.SelectionNode;
import dev.proviso.dsl.internal.ast.TestStepNode;
import dev.proviso.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records every name written in conditions, selections and test steps, one occurrence per dotted
 * segment: {@code contact.email} is a reference to {@code contact} (its first segment) and one to
 * {@code contact.email} (the whole name).
 */
final class NameCollector {

  final List<Occurrence> occurrences = new ArrayList<>();

  /** The consents declared by name: {@code consent(x)} names one of these, else a purpose. */
  private final java.util.Set<String> consents;

  NameCollector(java.util.Set<String> consents) {
    this.consents = consents;
  }

  /** A name of {@code kind} whose full path is {@code path}, written as {@code name}. */
  void add(SymbolKind kind, String path, Name name, boolean declaration) {
    Span span = name.loc().span();
    String written = name.path();
    // A name written with spaces around its dots does not match its span: it counts as one.
    String[] segments =
        written.length() == span.length() ? written.split("\\.", -1) : new String[] {written};
    int offset = 0;
    for (int i = 0; i < segments.length; i++) {
      boolean last = i == segments.length - 1;
      // The last segment stands for the whole name, as an author selects it.
      Span segment =
          last
              ? span
              : new Span(span.file(), span.line(), span.column() + offset, segments[i].length());
      occurrences.add(
          new Occurrence(
              kind, ancestor(path, segments.length - 1 - i), segment, declaration && last));
      offset += segments[i].length() + 1;
    }
  }

  /** A name written whole, e.g. a rule's id: its dots separate no ancestors. */
  void whole(SymbolKind kind, String name, Span span, boolean declaration) {
    occurrences.add(new Occurrence(kind, name, span, declaration));
  }

  void selection(SymbolKind kind, SelectionNode selection) {
    selection.names().forEach(name -> add(kind, name.path(), name, false));
    selection.except().forEach(name -> add(kind, name.path(), name, false));
  }

  void step(TestStepNode step) {
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

  void expr(Expr expr) {
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
      if (a.scope() == Value.Scope.EVENT) {
        add(SymbolKind.EVENT, a.name().path(), a.name(), false);
      } else {
        add(SymbolKind.ATTRIBUTE, a.scope().prefix() + "." + a.name().path(), a.name(), false);
      }
    } else if (expr instanceof Expr.ListLiteral l) {
      l.elements().forEach(this::expr);
    }
  }

  /** A built-in call; a bare name among its arguments is what the built-in takes. */
  private void call(Expr.Call call) {
    String function = call.function().path();
    whole(SymbolKind.BUILTIN, function, call.function().loc().span(), false);
    Optional<SymbolKind> argument = BuiltIns.named(function).flatMap(BuiltInFunction::argument);
    for (Expr a : call.arguments()) {
      if (a instanceof Expr.Path p
          && argument.isPresent()
          && argument.get() == SymbolKind.PURPOSE
          && consents.contains(p.name().path())) {
        whole(SymbolKind.CONSENT, p.name().path(), p.name().loc().span(), false);
      } else if (a instanceof Expr.Path p && argument.isPresent()) {
        add(argument.get(), p.name().path(), p.name(), false);
      } else {
        expr(a);
      }
    }
  }

  /** {@code path} without its last {@code drop} segments. */
  private static String ancestor(String path, int drop) {
    String result = path;
    for (int i = 0; i < drop; i++) {
      int dot = result.lastIndexOf('.');
      result = dot < 0 ? result : result.substring(0, dot);
    }
    return result;
  }
}
