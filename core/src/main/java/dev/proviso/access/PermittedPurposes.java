package dev.proviso.access;

import dev.proviso.Category;
import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Purpose;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Asks the engine, for one held category, every purpose of the policy: the allowed ones, with the
 * deciding rules and the explanation, are what the policy permits today. Uses the same consent view
 * as production decisions, so consent, opt-outs and a pending erasure all count.
 */
final class PermittedPurposes {
  private final Policy policy;
  private final ConsentView view;

  PermittedPurposes(Policy policy, ConsentView view) {
    this.policy = policy;
    this.view = view;
  }

  /**
   * The permitted purposes for {@code category}, given the event instants its held items carry (a
   * retention in force depends on them); a category the policy does not know gets none.
   */
  AccessReport.CategoryPermissions of(
      Subject subject, String category, Map<String, Instant> events, Instant at) {
    List<AccessReport.PermittedPurpose> permitted = new ArrayList<>();
    Category handle = policy.findCategory(category).orElse(null);
    if (handle != null) {
      for (Purpose purpose : policy.purposes()) {
        Request.Builder request = Request.builder(subject, purpose).category(handle).at(at);
        events.forEach(request::event);
        Decision d = policy.decide(request.build(), view);
        if (d.allowed()) {
          permitted.add(new AccessReport.PermittedPurpose(purpose.path(), d.ruleIds(), reasons(d)));
        }
      }
    }
    return new AccessReport.CategoryPermissions(category, permitted);
  }

  /** The explanation's reasons, without its header line (which repeats the question). */
  private static List<String> reasons(Decision d) {
    List<String> lines = d.explanation().lines();
    return lines.subList(1, lines.size()).stream().map(String::strip).toList();
  }
}
