package dev.proviso.log;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of the decision log. Holds no data values and no raw subject id: {@code subject} is the
 * keyed HMAC of the id ({@link SubjectPseudonymizer}), so the log can be kept and shared without
 * becoming personal data itself, yet an access report can still find a subject's uses.
 *
 * <p>Serialised as one JSON object per line (schema 2): {@code
 * {"schema":2,"time":"2026-11-23T10:00:00Z","subject":"9f2c…","categories":["contact.email"],
 * "purpose":"marketing.email","outcome":"ALLOW","rules":["shop.policy:14"],"policy":"acme-shop",
 * "version":3,"hash":"ab12…","advice":[],"component":"crm-export",
 * "obligations":["mask(contact.phone)"],"consent":[],"refusal":""}}
 *
 * <p>{@code advice} holds what matching advisory rules said (semantics rule 9). The fields of
 * schema 2 ({@code component}, {@code obligations}, {@code consent}, {@code refusal}) are described
 * on {@link DecisionEvent}. Lines written before a field existed read back without it: schema 1, no
 * advice, no component, no obligations, no consent, no refusal.
 *
 * <p>{@code audit} holds the tags of the decision's {@code audit("ccpa_disclosure")} obligations,
 * written as {@code "audit":["ccpa_disclosure"]} only when there are any.
 */
public record DecisionRecord(
    int schema,
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
    String component,
    List<String> obligations,
    List<String> consent,
    String refusal,
    List<String> audit) {

  /** The schema version this library writes. */
  public static final int SCHEMA = 2;

  public DecisionRecord {
    schema = schema == 0 ? 1 : schema; // lines of schema 1 carry no version
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(subject, "subject");
    categories = List.copyOf(categories);
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(outcome, "outcome");
    rules = List.copyOf(rules);
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(hash, "hash");
    advice = advice == null ? List.of() : List.copyOf(advice);
    component = component == null ? "" : component;
    obligations = obligations == null ? List.of() : List.copyOf(obligations);
    consent = consent == null ? List.of() : List.copyOf(consent);
    refusal = refusal == null ? "" : refusal;
    audit = audit == null ? List.of() : List.copyOf(audit);
  }

  /** A record of the current schema with no component, obligations, consent or refusal. */
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
    this(
        SCHEMA,
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
        "",
        List.of(),
        List.of(),
        "",
        List.of());
  }

  /** A record without audit tags. */
  public DecisionRecord(
      int schema,
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
      String component,
      List<String> obligations,
      List<String> consent,
      String refusal) {
    this(
        schema,
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
}
