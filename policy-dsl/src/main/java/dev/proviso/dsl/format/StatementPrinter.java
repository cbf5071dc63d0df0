package dev.proviso.dsl.format;

import static dev.proviso.dsl.internal.syntax.ExprPrinter.print;
import static dev.proviso.dsl.internal.syntax.ExprPrinter.quote;

import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.SelectionNode;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.ast.TestStepNode;
import dev.proviso.dsl.internal.syntax.ExprPrinter;
import dev.proviso.model.RuleForm;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints one statement, regime item or test step in canonical form, as lines without the enclosing
 * indentation. A statement goes on one line when it fits in {@link #WIDTH} columns; otherwise each
 * clause ({@code when}, {@code unless}, {@code with}, {@code because}) gets its own line, indented
 * by two spaces, and braces open one item per line.
 */
final class StatementPrinter {
  private StatementPrinter() {}

  static final int WIDTH = 100;
  static final String INDENT = "  ";

  static List<String> statement(Statement statement, int indent) {
    if (statement instanceof Statement.Header h) {
      return List.of("policy " + quote(h.name().value()) + " version " + h.version());
    }
    if (statement instanceof Statement.Import i) {
      return List.of("import " + i.kind().map(k -> k + " ").orElse("") + quote(i.path().value()));
    }
    if (statement instanceof Statement.Attributes a) {
      List<String> fields =
          a.attributes().stream().map(d -> d.name().path() + ": " + d.type()).toList();
      return braced(a.scope().prefix(), fields, indent);
    }
    if (statement instanceof Statement.Category c) {
      return node("category ", c.root(), indent);
    }
    if (statement instanceof Statement.Purpose p) {
      return purpose("purpose ", p.root(), indent);
    }
    if (statement instanceof Statement.Rule r) {
      return rule(r, indent);
    }
    if (statement instanceof Statement.Retain r) {
      return retain(r, indent);
    }
    if (statement instanceof Statement.Basis b) {
      return basis(b, indent);
    }
    if (statement instanceof Statement.Param p) {
      List<String> clauses = new ArrayList<>();
      p.because().ifPresent(b -> clauses.add("because " + quote(b.value())));
      return clauses("param " + p.name().path() + " = " + print(p.value()), clauses, indent);
    }
    if (statement instanceof Statement.Consent c) {
      return List.of(consent(c));
    }
    throw new IllegalArgumentException("blocks are printed by PolicyFormatter: " + statement);
  }

  /** {@code consent NAME for P, ... [valid D] [explicit] [given by ROLE]}, durations canonical. */
  static String consent(Statement.Consent c) {
    return "consent "
        + c.name().path()
        + " for "
        + String.join(", ", c.purposes().stream().map(Name::path).toList())
        + c.validity().map(v -> " valid " + ExprPrinter.print(v)).orElse("")
        + (c.explicit() ? " explicit" : "")
        + c.givenBy().map(g -> " given by " + g.path()).orElse("");
  }

  static String regimeHead(Statement.Regime regime) {
    return "regime "
        + regime.name().path()
        + regime.appliesWhen().map(c -> " applies when " + print(c)).orElse("")
        + " {";
  }

  static String testHead(Statement.Test test) {
    return "test "
        + quote(test.name().value())
        + test.at().map(t -> " at " + t.raw()).orElse("")
        + " {";
  }

  static List<String> rule(Statement.Rule rule, int indent) {
    String prefix = rule.advisory() ? "advisory " : "";
    List<String> clauses = new ArrayList<>();
    String head;
    if (rule.form() == RuleForm.REQUIRE) {
      head = prefix + "require" + name(rule.name()) + " " + print(rule.required().orElseThrow());
      clauses.add("to use " + selection(rule.categories()) + " for " + selection(rule.purposes()));
    } else {
      head =
          prefix
              + rule.form().name().toLowerCase(java.util.Locale.ROOT)
              + name(rule.name())
              + " "
              + selection(rule.categories())
              + " for "
              + selection(rule.purposes());
    }
    rule.when().ifPresent(c -> clauses.add("when " + print(c)));
    rule.unless().ifPresent(c -> clauses.add("unless " + print(c)));
    if (!rule.obligations().isEmpty()) {
      clauses.add("with " + obligations(rule.obligations()));
    }
    rule.because().ifPresent(b -> clauses.add("because " + quote(b.value())));
    return clauses(head, clauses, indent);
  }

  private static List<String> retain(Statement.Retain retain, int indent) {
    String head =
        "retain"
            + name(retain.name())
            + " "
            + selection(retain.categories())
            + " for "
            + retain.purpose().path()
            + " "
            + retain
                .period()
                .map(p -> print(p))
                .orElseGet(() -> "param." + retain.periodParam().orElseThrow().path())
            + " after event."
            + retain.event().path();
    List<String> clauses = new ArrayList<>();
    retain.when().ifPresent(c -> clauses.add("when " + print(c)));
    retain.because().ifPresent(b -> clauses.add("because " + quote(b.value())));
    return clauses(head, clauses, indent);
  }

  private static List<String> basis(Statement.Basis basis, int indent) {
    String head =
        "basis "
            + basis.consent().map(c -> print(c)).orElse(basis.basis().path())
            + basis.categories().map(c -> " to use " + selection(c)).orElse("")
            + " for "
            + selection(basis.purposes());
    List<String> clauses = new ArrayList<>();
    basis.because().ifPresent(b -> clauses.add("because " + quote(b.value())));
    return clauses(head, clauses, indent);
  }

  static List<String> step(TestStepNode step, int indent) {
    if (step instanceof TestStepNode.SubjectValues s) {
      return braced(
          "subject",
          s.fields().stream().map(f -> f.name().path() + ": " + print(f.value())).toList(),
          indent);
    }
    if (step instanceof TestStepNode.GivenEvent e) {
      return List.of("given event." + e.event().path() + " at " + e.at().raw());
    }
    if (step instanceof TestStepNode.GivenContext c) {
      return List.of("given context." + c.attribute().path() + " = " + print(c.value()));
    }
    if (step instanceof TestStepNode.GivenCall g) {
      return List.of(
          "given "
              + print(g.call())
              + g.givenBy().map(b -> " by " + b.role().path()).orElse("")
              + " at "
              + g.at().raw()
              + g.until().map(u -> " until " + u.raw()).orElse(""));
    }
    if (step instanceof TestStepNode.GivenFact f) {
      return List.of("given " + f.fact().path() + " at " + f.at().raw());
    }
    TestStepNode.Expect e = (TestStepNode.Expect) step;
    List<String> clauses = new ArrayList<>();
    e.at().ifPresent(t -> clauses.add("at " + t.raw()));
    if (!e.obligations().isEmpty()) {
      clauses.add("with " + obligations(e.obligations()));
    }
    e.because().ifPresent(b -> clauses.add("because " + quote(b.value())));
    String head =
        "expect "
            + e.outcome().name().toLowerCase(java.util.Locale.ROOT)
            + " "
            + selection(e.categories())
            + " for "
            + e.purpose().path();
    // A test step is one line: its grammar has no continuation clauses worth breaking.
    return List.of(String.join(" ", prepend(head, clauses)));
  }

  private static List<String> clauses(String head, List<String> clauses, int indent) {
    String oneLine = String.join(" ", prepend(head, clauses));
    if (indent + oneLine.length() <= WIDTH || clauses.isEmpty()) {
      return List.of(oneLine);
    }
    List<String> lines = new ArrayList<>();
    lines.add(head);
    clauses.forEach(c -> lines.add(INDENT + c));
    return lines;
  }

  private static List<String> prepend(String head, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(head);
    all.addAll(rest);
    return all;
  }

  /** {@code keyword { a, b }} on one line, or one element per line. */
  private static List<String> braced(String keyword, List<String> elements, int indent) {
    if (elements.isEmpty()) {
      return List.of(keyword + " {}");
    }
    String oneLine = keyword + " { " + String.join(", ", elements) + " }";
    if (indent + oneLine.length() <= WIDTH) {
      return List.of(oneLine);
    }
    List<String> lines = new ArrayList<>();
    lines.add(keyword + " {");
    for (int i = 0; i < elements.size(); i++) {
      lines.add(INDENT + elements.get(i) + (i < elements.size() - 1 ? "," : ""));
    }
    lines.add("}");
    return lines;
  }

  private static List<String> node(String prefix, Statement.CategoryNode node, int indent) {
    String head =
        prefix
            + node.name().path()
            + node.flags().stream().map(f -> " " + f.keyword()).collect(Collectors.joining());
    return tree(head, node.children().stream().map(c -> (Object) c).toList(), indent);
  }

  private static List<String> purpose(String prefix, Statement.PurposeNode node, int indent) {
    return tree(
        prefix + node.name().path(),
        node.children().stream().map(c -> (Object) c).toList(),
        indent);
  }

  private static List<String> tree(String head, List<Object> children, int indent) {
    if (children.isEmpty()) {
      return List.of(head);
    }
    List<List<String>> printed = new ArrayList<>();
    for (Object child : children) {
      printed.add(
          child instanceof Statement.CategoryNode c
              ? node("", c, indent + INDENT.length())
              : purpose("", (Statement.PurposeNode) child, indent + INDENT.length()));
    }
    if (printed.stream().allMatch(p -> p.size() == 1)) {
      String oneLine =
          head
              + " { "
              + printed.stream().map(p -> p.get(0)).collect(Collectors.joining(", "))
              + " }";
      if (indent + oneLine.length() <= WIDTH) {
        return List.of(oneLine);
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(head + " {");
    for (int i = 0; i < printed.size(); i++) {
      List<String> child = printed.get(i);
      for (int j = 0; j < child.size(); j++) {
        boolean last = j == child.size() - 1 && i < printed.size() - 1;
        lines.add(INDENT + child.get(j) + (last ? "," : ""));
      }
    }
    lines.add("}");
    return lines;
  }

  static String selection(SelectionNode selection) {
    String named = selection.any() ? "any" : paths(selection.names());
    return selection.except().isEmpty() ? named : named + " except " + paths(selection.except());
  }

  private static String paths(List<Name> names) {
    return names.stream().map(Name::path).collect(Collectors.joining(", "));
  }

  private static String name(java.util.Optional<Name> name) {
    return name.map(n -> "[" + n.path() + "]").orElse("");
  }

  private static String obligations(List<Expr.Call> obligations) {
    return obligations.stream().map(ExprPrinter::print).collect(Collectors.joining(", "));
  }
}
