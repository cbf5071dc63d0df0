package dev.proviso.bench.peers;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.Program;
import java.util.List;
import java.util.Map;

/**
 * CEL (cel-java) on the peer question: the whole policy as one type-checked boolean program (allows
 * and not any deny), planned once by the planner runtime and evaluated with an activation map per
 * request. Category and purpose trees are dotted paths matched by prefix.
 */
final class CelPeer implements PeerEngine {
  static final String POLICY =
      """
      (
        (category.startsWith('contact.') && purpose == 'fulfilment')
        || (category == 'contact.email' && purpose == 'marketing.email')
        || (category.startsWith('behavior.') && purpose == 'analytics')
      )
      && !(
        region in ['EU', 'EEA']
        && (
          (category == 'contact.email' && purpose == 'marketing.email'
            && !('marketing.email' in consents))
          || ((purpose == 'marketing' || purpose.startsWith('marketing.')) && age < 16)
        )
      )
      && !(
        region == 'US-CA'
        && (purpose == 'marketing' || purpose.startsWith('marketing.'))
        && 'sale_or_share' in opted_out
      )
      """;

  private final Program program;
  private final List<Map<String, Object>> activations;

  CelPeer(List<PeerCase> cases) {
    CelCompiler compiler =
        CelCompilerFactory.standardCelCompilerBuilder()
            .addVar("region", SimpleType.STRING)
            .addVar("age", SimpleType.INT)
            .addVar("consents", ListType.create(SimpleType.STRING))
            .addVar("opted_out", ListType.create(SimpleType.STRING))
            .addVar("category", SimpleType.STRING)
            .addVar("purpose", SimpleType.STRING)
            .setResultType(SimpleType.BOOL)
            .build();
    try {
      CelAbstractSyntaxTree ast = compiler.compile(POLICY).getAst();
      program = CelRuntimeFactory.plannerRuntimeBuilder().build().createProgram(ast);
    } catch (CelValidationException | CelEvaluationException e) {
      throw new IllegalStateException("the CEL policy does not compile: " + e.getMessage(), e);
    }
    activations =
        cases.stream()
            .map(
                c ->
                    Map.<String, Object>of(
                        "region",
                        c.subject().region(),
                        "age",
                        (long) c.subject().age(),
                        "consents",
                        c.subject().emailConsent() ? List.of("marketing.email") : List.of(),
                        "opted_out",
                        c.subject().saleOrShareOptOut() ? List.of("sale_or_share") : List.of(),
                        "category",
                        c.category(),
                        "purpose",
                        c.purpose()))
            .toList();
  }

  @Override
  public String name() {
    return "CEL";
  }

  Object evaluate(int index) {
    try {
      return program.eval(activations.get(index));
    } catch (CelEvaluationException e) {
      throw new IllegalStateException("CEL could not evaluate case " + index, e);
    }
  }

  @Override
  public boolean allowed(int index) {
    return Boolean.TRUE.equals(evaluate(index));
  }
}
