package dev.proviso.guard;

import dev.proviso.Category;
import dev.proviso.Decision;
import dev.proviso.Obligation;
import dev.proviso.Policy;
import dev.proviso.Purpose;
import dev.proviso.Request;
import dev.proviso.Subject;
import java.time.Instant;
import java.util.Arrays;
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

  /**
   * One decision per category, and the action its obligations leave on each. A request for several
   * categories is allowed exactly when each is (with the union of their obligations), so one
   * decision for all of them is tried first: when it allows, it stands for every category (one
   * decision, one log line). Otherwise, or when it carries a {@code not_before} still ahead (which
   * must remove only its own category's values), each category is decided and logged on its own.
   * Where the whole set was last denied for this purpose, the per-category decisions come first,
   * and the whole-set request is tried again once they all allow. Each decision's obligations are
   * then discharged by the guard's handlers, which may refuse the use.
   */
  private Decided decide(CategorySet set) {
    Category[] handles;
    try {
      handles = set.handles(policy);
    } catch (IllegalArgumentException e) { // a category the policy does not declare
      throw guard.refused(policy, subject, purpose.path(), set, at, e);
    }
    String[] paths = set.paths();
    Decision[] decisions = new Decision[handles.length];
    FieldAction[] actions = new FieldAction[handles.length];
    if (handles.length > 1 && set.tryWhole(policy, purpose)) {
      Request all = Request.of(subject, set.handleList(policy), purpose, at);
      Decision together = guard.probe(policy, all);
      if (together.allowed() && !waits(together)) {
        Arrays.fill(decisions, together);
        Arrays.fill(actions, FieldAction.KEEP);
        guard.settle(context(all, together, paths, actions, 0, handles.length));
        return new Decided(decisions, actions);
      }
    }
    Request[] requests = new Request[handles.length];
    boolean allAllowed = true;
    for (int i = 0; i < handles.length; i++) {
      requests[i] = Request.of(subject, handles[i], purpose, at);
      decisions[i] = guard.probe(policy, requests[i]);
      actions[i] = decisions[i].allowed() ? FieldAction.KEEP : FieldAction.REMOVE;
      allAllowed &= decisions[i].allowed();
    }
    set.wholeAllowed(policy, purpose, allAllowed);
    for (int i = 0; i < handles.length; i++) { // every action set first: handlers strengthen them
      if (!decisions[i].allowed() || decisions[i].obligations().isEmpty()) {
        guard.logged(requests[i], decisions[i]); // nothing to discharge: no context needed
      } else {
        guard.settle(context(requests[i], decisions[i], paths, actions, i, i + 1));
      }
    }
    return new Decided(decisions, actions);
  }

  private ObligationContext context(
      Request request, Decision decision, String[] paths, FieldAction[] actions, int from, int to) {
    return new ObligationContext(
        guard, request, decision, ObligationContext.Mode.SHAPE, paths, actions, from, to);
  }

  private boolean waits(Decision decision) {
    for (Obligation obligation : decision.obligations()) {
      if (obligation instanceof Obligation.NotBefore notBefore && notBefore.at().isAfter(at)) {
        return true;
      }
    }
    return false;
  }

  private Decided decided(CategorySet set) {
    if (set == lastSet) {
      return lastDecided;
    }
    Decided decided = others == null ? null : others.get(set);
    if (decided == null) {
      decided = decide(set);
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
