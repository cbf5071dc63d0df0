package dev.proviso.trace;

/**
 * Told about every candidate rule the engine evaluates, for tools such as rule coverage. Only the
 * {@code Policy.decide(Request, ConsentView, RuleListener)} overload reports; the plain {@code
 * decide} pays nothing for this.
 *
 * <pre>{@code
 * List<RuleEvaluation> seen = new ArrayList<>();
 * policy.decide(request, consents, seen::add);
 * }</pre>
 */
@FunctionalInterface
public interface RuleListener {
  void evaluated(RuleEvaluation evaluation);
}
