package dev.proviso.log;

import dev.proviso.Category;
import dev.proviso.Decision;
import dev.proviso.Obligation;
import dev.proviso.Request;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One decision a guard made, or one use it refused, as handed to a {@link DecisionLog}. It holds no
 * data values, and no raw subject id a sink could read: {@code subject} is a {@link SubjectRef},
 * turned into the keyed pseudonym by the log when it writes the {@link DecisionRecord} (which keeps
 * the HMAC off the decision path).
 *
 * <ul>
 *   <li>{@code advice}: what matching advisory rules said (rule id and because text);
 *   <li>{@code component}: the system or component that used the data, as configured on the guard
 *       ({@code Guard.builder(...).component("crm-export")}); empty when none was;
 *   <li>{@code obligations}: the obligations the use went ahead with, kind and arguments as
 *       discharged ({@code mask(contact.phone)}, {@code not_before(2026-01-02T00:00:00Z)}); only
 *       {@code not_before} for a use withheld by it; none for a denial;
 *   <li>{@code consent}: the consent states the decision relied on ({@code purpose=STATE}); empty
 *       until the engine reports them with its decisions;
 *   <li>{@code refusal}: why the guard refused a use the record does not show as denied by the
 *       policy (an unknown purpose or category name, an obligation that could not be discharged);
 *       empty otherwise. Never holds a subject id or a value;
 *   <li>{@code audit}: the tags of the decision's {@code audit("...")} obligations.
 * </ul>
 */
public record DecisionEvent(
    Instant time,
    SubjectRef subject,
    List<String> categories,
    String purpose,
    String outcome,
    List<String> rules,
    String policy,
    int version,
    String hash,
    List<String> advice,
    String component,
    List<String> obligations,
    List<String> consent,
    String refusal,
    List<String> audit) {

  public DecisionEvent {
    audit = audit == null ? List.of() : List.copyOf(audit);
  }

  /** An event without audit tags. */
  public DecisionEvent(
      Instant time,
      SubjectRef subject,
      List<String> categories,
      String purpose,
      String outcome,
      List<String> rules,
      String policy,
      int version,
      String hash,
      List<String> advice,
      String component,
      List<String> obligations,
      List<String> consent,
      String refusal) {
    this(
        time,
        subject,
        categories,
        purpose,
        outcome,
        rules,
        policy,
        version,
        hash,
        advice,
        component,
        obligations,
        consent,
        refusal,
        List.of());
  }

  /** An event with no component, obligations, consent or refusal (the first record schema). */
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
    this(
        time,
        SubjectRef.of(subjectId),
        categories,
        purpose,
        outcome,
        rules,
        policy,
        version,
        hash,
        advice,
        "",
        List.of(),
        List.of(),
        "");
  }

  /** The event for {@code decision}, made for {@code request}. */
  public static DecisionEvent of(Request request, Decision decision) {
    return of(request, decision, "", "");
  }

  /**
   * The event for {@code decision}, made for {@code request} on behalf of {@code component}; {@code
   * refusal} says why an allowed use was refused anyway (empty when it was not).
   */
  public static DecisionEvent of(
      Request request, Decision decision, String component, String refusal) {
    return new DecisionEvent(
        request.at(),
        SubjectRef.of(request.subject().id()),
        paths(request.categories()),
        request.purpose().path(),
        decision.outcome().name(),
        decision.ruleIds(),
        decision.policyName(),
        decision.policyVersion(),
        decision.policyHash(),
        decision.advice(),
        component,
        applied(decision, request.at()),
        List.of(),
        refusal,
        auditTags(decision.obligations()));
  }

  /**
   * A use refused before anything was decided: a purpose or category name the policy does not
   * declare. {@code categories} and {@code purpose} are the names as given.
   */
  public static DecisionEvent refused(
      Instant time,
      String subjectId,
      List<String> categories,
      String purpose,
      String policy,
      int version,
      String hash,
      String component,
      String why) {
    return new DecisionEvent(
        time,
        SubjectRef.of(subjectId),
        categories,
        purpose,
        "DENY",
        List.of(),
        policy,
        version,
        hash,
        List.of(),
        component,
        List.of(),
        List.of(),
        why);
  }

  private static List<String> applied(Decision decision, Instant at) {
    List<Obligation> obligations = decision.obligations();
    if (obligations.isEmpty()) {
      return List.of();
    }
    for (Obligation obligation : obligations) {
      if (obligation instanceof Obligation.NotBefore notBefore && notBefore.at().isAfter(at)) {
        return List.of(ObligationText.of(obligation)); // withheld: nothing else was discharged
      }
    }
    String[] texts = new String[obligations.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = ObligationText.of(obligations.get(i));
    }
    return List.of(texts);
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
   * The line to write: the subject replaced by its keyed pseudonym ({@link SubjectRef#pseudonym}),
   * which the log computes once for a run of events.
   */
  public DecisionRecord toRecord(String subjectPseudonym) {
    return new DecisionRecord(
        DecisionRecord.SCHEMA,
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
        component,
        obligations,
        consent,
        refusal,
        audit);
  }
}
