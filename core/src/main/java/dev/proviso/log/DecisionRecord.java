package dev.proviso.log;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of the decision log. Holds no data values and no raw subject id: {@code subject} is the
 * keyed HMAC of the id ({@link SubjectPseudonymizer}), so the log can be kept and shared without
 * becoming personal data itself, yet an access report can still find a subject's uses.
 *
 * <p>Serialised as one JSON object per line: {@code
 * {"time":"2026-11-23T10:00:00Z","subject":"9f2c…","categories":["contact.email"],
 * "purpose":"marketing.email","outcome":"DENY","rules":["shop.policy:14"],
 * "policy":"acme-shop","version":3,"hash":"ab12…","advice":[]}}
 *
 * <p>{@code advice} holds what matching advisory rules said (semantics rule 9: an advisory deny
 * adds advice to the decision and to the log instead of blocking). Lines written before it existed
 * read back with no advice.
 *
 * <p>{@code audit} holds the tags of the decision's {@code audit("ccpa_disclosure")} obligations,
 * written as {@code "audit":["ccpa_disclosure"]} only when there are any.
 */
public record DecisionRecord(
    Instant time,
    String subject,
    List<String> categories,
    String purpose,
    String outcome,
    List<String> rules,
    String policy,
    int version,
    String hash,
    List<String> advice,
    List<String> audit) {

  /** A record without audit tags (lines written before they existed read back this way). */
  public DecisionRecord(
      Instant time,
      String subject,
      List<String> categories,
      String purpose,
      String outcome,
      List<String> rules,
      String policy,
      int version,
      String hash,
      List<String> advice) {
    this(time, subject, categories, purpose, outcome, rules, policy, version, hash, advice, null);
  }

  public DecisionRecord {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(subject, "subject");
    categories = List.copyOf(categories);
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(outcome, "outcome");
    rules = List.copyOf(rules);
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(hash, "hash");
    advice = advice == null ? List.of() : List.copyOf(advice);
    audit = audit == null ? List.of() : List.copyOf(audit);
  }
}
