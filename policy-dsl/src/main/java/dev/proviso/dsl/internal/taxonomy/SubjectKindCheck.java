package dev.proviso.dsl.internal.taxonomy;

import dev.proviso.Suggestions;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.ast.TestStepNode;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.resolve.LoadedSources;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import dev.proviso.model.Value;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * With a taxonomy imported, {@code subject.kind} is checked against its kinds of data subject:
 * {@code subject.kind == "custmer"} (or {@code in [...]}, or a test's {@code subject { kind: ...
 * }}) is an error with a did-you-mean, since it could never match.
 */
public final class SubjectKindCheck {

  private final Set<String> kinds;
  private final Diagnostics diagnostics;

  private SubjectKindCheck(Set<String> kinds, Diagnostics diagnostics) {
    this.kinds = kinds;
    this.diagnostics = diagnostics;
  }

  public static void check(LoadedSources sources, Diagnostics diagnostics) {
    Set<String> kinds = new LinkedHashSet<>();
    for (ParsedSource source : sources.files()) {
      Taxonomies.of(sources.origin(source))
          .ifPresent(t -> t.subjectKinds().forEach(k -> kinds.add(k.key())));
    }
    if (kinds.isEmpty()) {
      return;
    }
    SubjectKindCheck check = new SubjectKindCheck(kinds, diagnostics);
    for (ParsedSource source : sources.files()) {
      source.file().statements().forEach(check::statement);
    }
  }

  private void statement(Statement statement) {
    if (statement instanceof Statement.Regime r) {
      r.appliesWhen().ifPresent(this::expr);
      r.items().forEach(item -> statement((Statement) item));
    } else if (statement instanceof Statement.Rule r) {
      Stream.of(r.required(), r.when(), r.unless()).flatMap(Optional::stream).forEach(this::expr);
    } else if (statement instanceof Statement.Test t) {
      for (TestStepNode step : t.steps()) {
        if (step instanceof TestStepNode.SubjectValues s) {
          s.fields().stream()
              .filter(f -> f.name().path().equals(TaxonomySource.KIND_ATTRIBUTE))
              .forEach(f -> literal(f.value()));
        }
      }
    }
  }

  private void expr(Expr expr) {
    if (expr instanceof Expr.Logical l) {
      l.operands().forEach(this::expr);
    } else if (expr instanceof Expr.Not n) {
      expr(n.operand());
    } else if (expr instanceof Expr.Compare c) {
      if (isKind(c.left())) {
        literal(c.right());
      } else if (isKind(c.right())) {
        literal(c.left());
      }
    } else if (expr instanceof Expr.In i && isKind(i.value())) {
      literal(i.options());
    }
  }

  private static boolean isKind(Expr expr) {
    return expr instanceof Expr.Attribute a
        && a.scope() == Value.Scope.SUBJECT
        && a.name().path().equals(TaxonomySource.KIND_ATTRIBUTE);
  }

  private void literal(Expr expr) {
    if (expr instanceof Expr.ListLiteral list) {
      list.elements().forEach(this::literal);
    } else if (expr instanceof Expr.Text text && !kinds.contains(text.value())) {
      diagnostics.report(
          DiagnosticCode.P108,
          text.loc().span(),
          "unknown data subject kind '" + text.value() + "'",
          Suggestions.closest(text.value(), kinds)
              .map(s -> "did you mean '" + s + "'?")
              .or(() -> Optional.of("the kinds are: " + String.join(", ", kinds))));
    }
  }
}
