package dev.proviso.dsl.internal.diagnostics;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.diagnostics.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A collector the compiler stages report into; never stops at the first problem. */
public final class Diagnostics {

  private final List<Diagnostic> all = new ArrayList<>();

  public void report(Diagnostic diagnostic) {
    all.add(diagnostic);
  }

  public void error(DiagnosticCode code, Span span, String message) {
    report(new Diagnostic(code, message, span));
  }

  public void report(DiagnosticCode code, Span span, String message, Optional<String> help) {
    report(new Diagnostic(code, message, span, help));
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  /** Diagnostics sorted by file order of first appearance, then line and column. */
  public List<Diagnostic> sorted(List<String> fileOrder) {
    Comparator<Diagnostic> byFile =
        Comparator.comparingInt(
            d -> {
              int index = fileOrder.indexOf(d.span().file());
              return index < 0 ? Integer.MAX_VALUE : index;
            });
    List<Diagnostic> sorted = new ArrayList<>(all);
    sorted.sort(
        byFile
            .thenComparingInt((Diagnostic d) -> d.span().line())
            .thenComparingInt(d -> d.span().column()));
    return List.copyOf(sorted);
  }

  public List<Diagnostic> all() {
    return List.copyOf(all);
  }
}
