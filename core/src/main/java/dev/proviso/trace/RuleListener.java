package dev.proviso.trace;

/**
 * Told about every candidate rule the engine evaluated to make a decision, for tools such as rule
 * coverage: the reports come from the same evaluation that decided, and arrive once the decision is
 * made (an exception thrown here propagates to the caller of {@code decide}; it never changes the
 * decision). Only the {@code Policy.decide(Request, ConsentView, RuleListener)} overload reports;
 * the plain {@code decide} pays nothing for this.
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
