package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.resolve.LoadedSources;
import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import java.util.List;
import java.util.Optional;

/**
 * Runs every check over a loaded, declared policy: headers, rules (names, types, obligations),
 * tests, rule analysis and lints. Reports into {@link Diagnostics}; never stops at the first.
 */
public final class PolicyChecker {
  private PolicyChecker() {}

  /** Checks everything; the result is only for lowering when {@code diagnostics} has no errors. */
  public static CheckedPolicy check(
      LoadedSources sources, Symbols symbols, Diagnostics diagnostics) {
    headers(sources, diagnostics);
    Names names = new Names(symbols, diagnostics);
    ExprChecker exprs = new ExprChecker(names);
    RuleChecker rules = new RuleChecker(names, exprs);
    ConsentDeclarations.check(symbols, names, exprs);
    Bases bases = new Bases(names, exprs, rules);
    for (ParsedSource source : sources.files()) {
      for (Statement statement : source.file().statements()) {
        if (statement instanceof Statement.Regime regime) {
          // A regime whose rules all had syntax errors is not empty in the author's eyes.
          rules.regime(regime, !source.hasErrors());
        } else if (statement instanceof Statement.RegimeItem item) {
          rules.item(item);
        } else if (statement instanceof Statement.Basis basis) {
          bases.declaration(basis);
        } else if (statement instanceof Statement.Param param) {
          exprs.duration(param.value());
        }
      }
    }
    TestChecker tests = new TestChecker(names, exprs);
    for (ParsedSource source : sources.files()) {
      for (Statement statement : source.file().statements()) {
        if (statement instanceof Statement.Test test) {
          tests.test(test);
        }
      }
    }
    RuleNames.check(sources, diagnostics);
    RuleAnalysis.analyze(sources, symbols, diagnostics);
    if (!diagnostics.hasErrors()) {
      // A rule dropped for a syntax error or naming a misspelled category would make the lints
      // report uses as missing: they only speak about a policy that is otherwise correct.
      Lints.check(sources, symbols, diagnostics);
      PolicyShape.check(sources, symbols, diagnostics);
    }
    return new CheckedPolicy(sources, symbols, exprs.literals());
  }

  private static void headers(LoadedSources sources, Diagnostics diagnostics) {
    for (int i = 0; i < sources.files().size(); i++) {
      ParsedSource source = sources.files().get(i);
      List<Statement.Header> headers =
          source.file().statements().stream()
              .filter(Statement.Header.class::isInstance)
              .map(Statement.Header.class::cast)
              .toList();
      if (i == 0 && headers.isEmpty() && !source.hasErrors()) {
        diagnostics.report(
            DiagnosticCode.P004,
            new Span(source.file().file(), 1, 1, 1),
            "the policy has no header",
            Optional.of("start the file with: policy \"name\" version 1"));
      }
      for (int h = 0; h < headers.size(); h++) {
        Statement.Header header = headers.get(h);
        if (i > 0 || h > 0) {
          diagnostics.report(
              DiagnosticCode.P005,
              header.loc().span(),
              i > 0
                  ? "only the root file names the policy; '"
                      + source.file().file()
                      + "' is imported"
                  : "the policy is already named above",
              Optional.of("remove this line"));
        }
        version(header)
            .ifPresent(
                problem ->
                    diagnostics.report(
                        DiagnosticCode.P210,
                        header.loc().span(),
                        problem,
                        Optional.of("versions are whole numbers: version 3")));
      }
    }
  }

  /** The problem with a header's version, if any. */
  private static Optional<String> version(Statement.Header header) {
    try {
      Integer.parseInt(header.version());
      return Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.of("'" + header.version() + "' is not a valid policy version");
    }
  }
}
