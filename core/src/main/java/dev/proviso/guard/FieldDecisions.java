package dev.proviso.guard;

import dev.proviso.Category;
import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Purpose;
import dev.proviso.Request;
import dev.proviso.Subject;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Decisions for one subject, purpose and instant against one policy snapshot. A one-off filter uses
 * it once; a {@link PurposeScope} keeps one and caches the actions per category set, so a list of a
 * thousand customers is decided (and logged) once per category, not once per field.
 */
final class FieldDecisions {
  private final Guard guard;
  private final Policy policy;
  private final Subject subject;
  private final Purpose purpose;
  private final Instant at;
  private Map<CategorySet, Decided> cache;

  private record Decided(Decision[] decisions, FieldAction[] actions) {}

  FieldDecisions(Guard guard, Policy policy, Subject subject, String purpose, Instant at) {
    this.guard = guard;
    this.policy = policy;
    this.subject = subject;
    this.purpose = policy.purpose(purpose);
    this.at = at;
  }

  /** Remembers the actions of each category set for later calls. */
  FieldDecisions cached() {
    cache = new IdentityHashMap<>();
    return this;
  }

  Policy policy() {
    return policy;
  }

  Subject subject() {
    return subject;
  }

  Purpose purpose() {
    return purpose;
  }

  Instant at() {
    return at;
  }

  /** One action per category of {@code set}, in its order. */
  FieldAction[] actions(CategorySet set) {
    return decided(set).actions();
  }

  /** One logged decision per category of {@code set}, in its order. */
  Decision[] decisions(CategorySet set) {
    return decided(set).decisions();
  }

  private Decided decided(CategorySet set) {
    Decided decided = cache == null ? null : cache.get(set);
    if (decided == null) {
      Category[] handles = set.handles(policy);
      Decision[] decisions = new Decision[handles.length];
      for (int i = 0; i < handles.length; i++) {
        decisions[i] = guard.decide(policy, Request.of(subject, handles[i], purpose, at));
      }
      decided = new Decided(decisions, FieldAction.of(set.paths(), decisions, at));
      if (cache != null) {
        cache.put(set, decided);
      }
    }
    return decided;
  }
}
