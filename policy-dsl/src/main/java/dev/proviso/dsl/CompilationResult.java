package dev.proviso.dsl;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.DiagnosticRenderer;
import dev.proviso.model.PolicyModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a compilation produced: a checked {@link PolicyModel}, or the errors that prevented one;
 * warnings may accompany a model. Never both a model and errors. {@link dev.proviso.Policy#from}
 * turns the model into a deciding policy; {@link Policies} does both steps at once.
 *
 * <pre>{@code
 * CompilationResult result = PolicyCompiler.compile(Path.of("shop.policy"));
 * if (result.hasErrors()) {
 *   System.err.print(result.render());
 * }
 * PolicyModel model = result.modelOrThrow();
 * }</pre>
 *
 * @param sources the source text of every loaded file by display name, for rendering
 */
public record CompilationResult(
    Optional<PolicyModel> model, List<Diagnostic> diagnostics, Map<String, String> sources) {

  public CompilationResult {
    diagnostics = List.copyOf(diagnostics);
    sources = Map.copyOf(sources);
    if (model.isPresent() && diagnostics.stream().anyMatch(Diagnostic::isError)) {
      throw new IllegalArgumentException("a compilation with errors has no model");
    }
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Every diagnostic rendered with its source line and caret. */
  public String render() {
    return new DiagnosticRenderer(sources).render(diagnostics);
  }

  /** The model, or a {@link PolicyCompilationException} whose message is {@link #render()}. */
  public PolicyModel modelOrThrow() {
    return model.orElseThrow(() -> new PolicyCompilationException(render(), diagnostics));
  }
}
