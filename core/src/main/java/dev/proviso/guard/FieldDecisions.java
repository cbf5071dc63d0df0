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
 * Decisions for one subject, purpose and instant against one policy snapshot, remembered per
 * category set. A filter call uses one (nested objects of the same class are decided once); a
 * {@link PurposeScope} keeps one for its lifetime, so a list of a thousand customers is decided
 * (and logged) once per category, not once per field.
 */
final class FieldDecisions {
  private final Guard guard;
  private final Policy policy;
  private final Subject subject;
  private final Purpose purpose;
  private final Instant at;
  private CategorySet lastSet; // most calls decide a single set: no map needed
  private Decided lastDecided;
  private Map<CategorySet, Decided> others;

  private record Decided(Decision[] decisions, FieldAction[] actions) {}

  FieldDecisions(Guard guard, Policy policy, Subject subject, String purpose, Instant at) {
    this.guard = guard;
    this.policy = policy;
    this.subject = subject;
    this.purpose = policy.purpose(purpose);
    this.at = at;
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
    if (set == lastSet) {
      return lastDecided;
    }
    Decided decided = others == null ? null : others.get(set);
    if (decided == null) {
      Category[] handles = set.handles(policy);
      Decision[] decisions = new Decision[handles.length];
      for (int i = 0; i < handles.length; i++) {
        decisions[i] = guard.decide(policy, Request.of(subject, handles[i], purpose, at));
      }
      decided = new Decided(decisions, FieldAction.of(set.paths(), decisions, at));
    }
    if (lastSet != null) {
      if (others == null) {
        others = new IdentityHashMap<>();
      }
      others.put(lastSet, lastDecided);
    }
    lastSet = set;
    lastDecided = decided;
    return decided;
  }
}
