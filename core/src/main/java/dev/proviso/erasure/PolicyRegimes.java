package dev.proviso.erasure;

import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentView;
import dev.proviso.engine.CompiledCondition;
import dev.proviso.engine.ConditionCompiler;
import dev.proviso.engine.Tri;
import dev.proviso.model.RegimeDefinition;
import dev.proviso.model.RetentionDefinition;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides whether a regime applies to a subject with the engine's own condition evaluation, so a
 * retention inside {@code regime gdpr applies when subject.region in ["EU", "EEA"]} keeps data only
 * of subjects GDPR covers. As in the engine (semantics rule 1), a regime whose condition cannot be
 * evaluated applies, and so does every regime for a subject the directory does not know: not
 * knowing where someone lives never removes a legal reason to keep their records.
 *
 * <pre>{@code
 * RetentionPlanner planner = new RetentionPlanner(policy.model().retentions(),
 *     PolicyRegimes.of(policy, id -> customers.find(id).map(Customer::toSubject), consentView,
 *         Clock.systemUTC()));
 * }</pre>
 */
public final class PolicyRegimes
    implements RetentionPlanner.RegimeApplicability, RetentionPlanner.RetentionConditions {
  private final Policy policy;
  private final Function<String, Optional<Subject>> subjects;
  private final ConsentView consents;
  private final Clock clock;
  private final Map<String, CompiledCondition> conditions = new HashMap<>();
  private final Map<String, CompiledCondition> retentions = new HashMap<>();

  private PolicyRegimes(
      Policy policy,
      Function<String, Optional<Subject>> subjects,
      ConsentView consents,
      Clock clock) {
    this.policy = policy;
    this.subjects = subjects;
    this.consents = consents;
    this.clock = clock;
    for (RegimeDefinition r : policy.model().regimes()) {
      r.appliesWhen().ifPresent(c -> conditions.put(r.name(), ConditionCompiler.compile(c)));
    }
    for (RetentionDefinition r : policy.model().retentions()) {
      r.when().ifPresent(c -> retentions.put(r.id(), ConditionCompiler.compile(c)));
    }
  }

  /**
   * @param subjects finds a subject with the attributes regime conditions read (region, ...)
   * @param consents answers {@code consent(...)} or {@code opted_out(...)} in a regime condition
   */
  public static PolicyRegimes of(
      Policy policy,
      Function<String, Optional<Subject>> subjects,
      ConsentView consents,
      Clock clock) {
    return new PolicyRegimes(
        Objects.requireNonNull(policy, "policy"),
        Objects.requireNonNull(subjects, "subjects"),
        Objects.requireNonNull(consents, "consents"),
        Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public boolean applies(String subjectId, String regime) {
    CompiledCondition condition = conditions.get(regime);
    Optional<Subject> subject = subjects.apply(subjectId);
    if (condition == null || subject.isEmpty() || policy.purposes().isEmpty()) {
      return true;
    }
    // a regime condition reads only the subject (and consent); any category and purpose will do
    Request request =
        Request.builder(subject.get(), policy.purposes().get(0))
            .category(policy.categories().get(0))
            .at(clock.instant())
            .build();
    return condition.eval(request, consents, null) != Tri.FALSE;
  }

  /**
   * Evaluates a conditional retention's {@code when} with the engine, on the subject the directory
   * finds and the item's event instants, at {@code now}; empty when the subject is unknown or the
   * condition cannot be evaluated (the planner then keeps nothing under that rule).
   */
  @Override
  public Optional<Boolean> holds(
      String subjectId, RetentionDefinition retention, Map<String, Instant> events, Instant now) {
    CompiledCondition condition = retentions.get(retention.id());
    if (condition == null) {
      return Optional.of(retention.when().isEmpty());
    }
    Optional<Subject> subject = subjects.apply(subjectId);
    if (subject.isEmpty() || policy.purposes().isEmpty() || policy.categories().isEmpty()) {
      return Optional.empty();
    }
    Request.Builder request =
        Request.builder(subject.get(), policy.purposes().get(0))
            .category(policy.categories().get(0))
            .at(now);
    events.forEach(request::event);
    int value = condition.eval(request.build(), consents, null);
    return value == Tri.ERROR ? Optional.empty() : Optional.of(value == Tri.TRUE);
  }
}
