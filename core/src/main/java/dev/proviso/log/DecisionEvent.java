package dev.proviso.log;

import dev.proviso.Category;
import dev.proviso.Decision;
import dev.proviso.Obligation;
import dev.proviso.Request;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One decision a guard made, as handed to a {@link DecisionLog}. It still holds the raw subject id
 * (in memory only): the log pseudonymizes it when it turns the event into a {@link DecisionRecord},
 * which keeps the keyed hash off the decision path. Like the record, it holds no data values;
 * {@code advice} is what matching advisory rules said (rule id and because text); {@code audit} the
 * tags of the decision's {@code audit("...")} obligations.
 */
public record DecisionEvent(
    Instant time,
    String subjectId,
    List<String> categories,
    String purpose,
    String outcome,
    List<String> rules,
    String policy,
    int version,
    String hash,
    List<String> advice,
    List<String> audit) {

  public DecisionEvent {
    audit = audit == null ? List.of() : List.copyOf(audit);
  }

  /** An event without audit tags. */
  public DecisionEvent(
      Instant time,
      String subjectId,
      List<String> categories,
      String purpose,
      String outcome,
      List<String> rules,
      String policy,
      int version,
      String hash,
      List<String> advice) {
    this(time, subjectId, categories, purpose, outcome, rules, policy, version, hash, advice, null);
  }

  /** The event for {@code decision}, made for {@code request}. */
  public static DecisionEvent of(Request request, Decision decision) {
    List<Category> categories = request.categories();
    return new DecisionEvent(
        request.at(),
        request.subject().id(),
        paths(categories),
        request.purpose().path(),
        decision.outcome().name(),
        decision.ruleIds(),
        decision.policyName(),
        decision.policyVersion(),
        decision.policyHash(),
        decision.advice(),
        auditTags(decision.obligations()));
  }

  /** Like a record's, but the raw subject id is personal data: it is never printed. */
  @Override
  public String toString() {
    return "DecisionEvent[time="
        + time
        + ", subjectId=***, categories="
        + categories
        + ", purpose="
        + purpose
        + ", outcome="
        + outcome
        + ", rules="
        + rules
        + ", policy="
        + policy
        + ", version="
        + version
        + ", hash="
        + hash
        + ", advice="
        + advice
        + ", audit="
        + audit
        + "]";
  }

  /** The tags of the decision's {@code audit("...")} obligations, in order. */
  private static List<String> auditTags(List<Obligation> obligations) {
    List<String> tags = null;
    for (int i = 0, n = obligations.size(); i < n; i++) {
      if (obligations.get(i) instanceof Obligation.Audit a && a.tag().isPresent()) {
        if (tags == null) {
          tags = new ArrayList<>();
        }
        tags.add(a.tag().get());
      }
    }
    return tags == null ? List.of() : tags;
  }

  private static List<String> paths(List<Category> categories) {
    if (categories.size() == 1) {
      return List.of(categories.get(0).path());
    }
    String[] paths = new String[categories.size()];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = categories.get(i).path();
    }
    return List.of(paths);
  }

  /**
   * The line to write: the subject id replaced by its keyed pseudonym ({@link
   * SubjectPseudonymizer#pseudonym}), which the log computes once for a run of events.
   */
  public DecisionRecord toRecord(String subjectPseudonym) {
    return new DecisionRecord(
        time,
        subjectPseudonym,
        categories,
        purpose,
        outcome,
        rules,
        policy,
        version,
        hash,
        advice,
        audit);
  }
}
