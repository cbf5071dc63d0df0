package dev.proviso.dsl.internal.check;

import dev.proviso.Suggestions;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.ast.TestStepNode;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.dsl.internal.syntax.ExprPrinter;
import dev.proviso.model.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks {@code test} blocks: every name must be declared (events and opt-outs must be ones the
 * rules mention) and every value must have its attribute's type. Runs after the rules are checked.
 */
final class TestChecker {

  private final Names names;
  private final ExprChecker exprs;
  private final Symbols symbols;
  private final Diagnostics diagnostics;
  private final Map<String, Span> testNames = new HashMap<>();

  TestChecker(Names names, ExprChecker exprs) {
    this.names = names;
    this.exprs = exprs;
    this.symbols = names.symbols();
    this.diagnostics = names.diagnostics();
  }

  void test(Statement.Test test) {
    Span first = testNames.putIfAbsent(test.name().value(), test.name().loc().span());
    if (first != null) {
      diagnostics.report(
          DiagnosticCode.P113,
          test.name().loc().span(),
          "test " + ExprPrinter.quote(test.name().value()) + " is already declared at " + first,
          Optional.of("give each test its own name"));
    }
    test.at().ifPresent(exprs::instant);
    test.steps().forEach(this::step);
  }

  private void step(TestStepNode step) {
    if (step instanceof TestStepNode.SubjectValues s) {
      s.fields().forEach(f -> value(Value.Scope.SUBJECT, f.name(), f.value()));
    } else if (step instanceof TestStepNode.GivenEvent e) {
      known(DiagnosticCode.P104, "event", "event.", e.event(), symbols.events);
      exprs.instant(e.at());
    } else if (step instanceof TestStepNode.GivenContext c) {
      value(Value.Scope.CONTEXT, c.attribute(), c.value());
    } else if (step instanceof TestStepNode.GivenCall c) {
      givenCall(c);
    } else if (step instanceof TestStepNode.GivenFact f) {
      if (!f.fact().path().equals("erasure")) {
        names.unknownFunction(f.fact(), "fact", " in a test", List.of("erasure"));
      }
      exprs.instant(f.at());
    } else {
      TestStepNode.Expect e = (TestStepNode.Expect) step;
      e.categories().names().forEach(names::category);
      names.purpose(e.purpose());
      e.at().ifPresent(exprs::instant);
      e.obligations().forEach(exprs.functions()::obligation);
    }
  }

  private void givenCall(TestStepNode.GivenCall given) {
    Expr.Call call = given.call();
    String function = call.function().path();
    exprs.instant(given.at());
    given.until().ifPresent(exprs::instant);
    Optional<GivenFact> fact = GivenFact.named(function);
    if (fact.isEmpty()) {
      names.unknownFunction(call.function(), "fact", " in a test", GivenFact.spellings());
      return;
    }
    if (given.givenBy().isPresent()) {
      TestStepNode.GivenBy by = given.givenBy().get();
      if (!by.word().path().equals("by")) {
        diagnostics.report(
            DiagnosticCode.P001,
            by.word().loc().span(),
            "expected 'by' or 'at', found '" + by.word().path() + "'",
            Optional.of("a consent given by someone else names the role: by guardian"));
      } else if (!fact.get().mayEnd()) {
        diagnostics.report(
            DiagnosticCode.P208,
            by.word().loc().span(),
            "only consent(...) can be given by someone else ('by')",
            Optional.of("e.g. given consent(parental_marketing) by guardian at T"));
      }
    }
    if (given.until().isPresent() && !fact.get().mayEnd()) {
      diagnostics.report(
          DiagnosticCode.P208,
          given.until().get().loc().span(),
          "only consent(...) can have an end ('until')",
          Optional.of("e.g. given consent(marketing.email) at T until T2"));
    }
    String example = function + "(marketing.email) at T";
    Optional<Expr> argument = exprs.arguments().single(call, example);
    if (argument.isEmpty()) {
      return;
    }
    if (!(argument.get() instanceof Expr.Path path)) {
      exprs.arguments().wrong(call, argument.get(), "a name", example);
      return;
    }
    if (fact.get().subject() == GivenFact.Subject.OPT_OUT) {
      known(DiagnosticCode.P105, "opt-out", "", path.name(), symbols.optOuts);
    } else if (symbols.consents.containsKey(path.name().path())) {
      return; // a declared consent
    } else if (symbols.categories.containsKey(path.name().path())
        && !symbols.purposes.containsKey(path.name().path())) {
      diagnostics.report(
          DiagnosticCode.P204,
          path.loc().span(),
          function + "(...) takes a purpose, but '" + path.name().path() + "' is a data category",
          Names.didYouMean(path.name().path(), symbols.purposes.keySet()));
    } else {
      names.purpose(path.name());
    }
  }

  /** Events and opt-outs are not declared: a test may use those the rules mention. */
  private void known(
      DiagnosticCode code, String kind, String prefix, Name name, java.util.Set<String> known) {
    if (known.contains(name.path())) {
      return;
    }
    diagnostics.report(
        code,
        name.loc().span(),
        "unknown " + kind + " '" + prefix + name.path() + "': no rule mentions it",
        Suggestions.closest(name.path(), known)
            .map(s -> "did you mean '" + prefix + s + "'?")
            .or(() -> Optional.of("the policy's rules mention: " + listOrNone(known))));
  }

  private static String listOrNone(java.util.Set<String> known) {
    return known.isEmpty() ? "none" : String.join(", ", known);
  }

  private void value(Value.Scope scope, Name name, Expr value) {
    Symbols.AttributeInfo info = symbols.attributes(scope).get(name.path());
    String prefix = scope.prefix();
    if (info == null) {
      diagnostics.report(
          DiagnosticCode.P103,
          name.loc().span(),
          "unknown attribute '" + prefix + "." + name.path() + "'",
          Suggestions.closest(name.path(), symbols.attributes(scope).keySet())
              .map(s -> "did you mean '" + s + "'?")
              .or(() -> Optional.of("declare it in " + prefix + " { ... }")));
      exprs.type(value);
      return;
    }
    Type actual = exprs.type(value);
    Type expected = Type.of(info.type());
    if (actual != expected
        && actual != Type.UNKNOWN
        && !(expected == Type.TEXT_LIST
            && value instanceof Expr.ListLiteral l
            && l.elements().isEmpty())) {
      diagnostics.report(
          DiagnosticCode.P211,
          value.loc().span(),
          prefix
              + "."
              + name.path()
              + " is declared as "
              + info.type().spelling()
              + ", but "
              + ExprPrinter.print(value)
              + " is "
              + actual.spelling(),
          Optional.of("give a value of type " + info.type().spelling()));
    }
  }
}
