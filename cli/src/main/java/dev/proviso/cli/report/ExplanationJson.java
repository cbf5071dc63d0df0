package dev.proviso.cli.report;

import dev.proviso.Decision;
import dev.proviso.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The explanation of a decision as JSON values for {@code proviso explain --format json}: one
 * object per reason with its {@code kind}, the category it is about ({@code null} for the whole
 * request), its fields, and {@code text}, the line the text output prints.
 */
public final class ExplanationJson {
  private ExplanationJson() {}

  public static List<Map<String, Object>> reasons(Decision decision) {
    List<Map<String, Object>> reasons = new ArrayList<>();
    for (Reason reason : decision.explanation().entries()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("kind", kind(reason));
      json.put("category", reason.category().orElse(null));
      fields(reason, json);
      json.put("text", reason.line());
      reasons.add(json);
    }
    return reasons;
  }

  /** The kind and the fields of one reason (Java 17: no pattern switch). */
  private static String kind(Reason reason) {
    if (reason instanceof Reason.RuleMatched) {
      return "rule";
    } else if (reason instanceof Reason.ConditionFailed) {
      return "condition_failed";
    } else if (reason instanceof Reason.NoAllow) {
      return "no_allow";
    } else if (reason instanceof Reason.Restricted) {
      return "restricted";
    } else if (reason instanceof Reason.Retained) {
      return "retained";
    } else if (reason instanceof Reason.ErasureUnknown) {
      return "erasure_unknown";
    } else if (reason instanceof Reason.UnknownName) {
      return "unknown_name";
    }
    return "engine_failure";
  }

  private static void fields(Reason reason, Map<String, Object> json) {
    if (reason instanceof Reason.RuleMatched r) {
      json.put("rule", r.ruleId());
      json.put("file", r.location().file());
      json.put("line", r.location().line());
      json.put("effect", r.effect().name().toLowerCase(Locale.ROOT));
      json.put("advisory", r.advisory());
      json.put("regime", r.regime().orElse(null));
      json.put("summary", r.summary());
      json.put("because", r.because().orElse(null));
    } else if (reason instanceof Reason.ConditionFailed r) {
      json.put("owner", r.owner());
      json.put("condition", r.condition());
      json.put("reason", r.reason());
      json.put("consequence", r.consequence());
    } else if (reason instanceof Reason.NoAllow r) {
      json.put("purpose", r.purpose());
      json.put("scopes", r.scopes());
    } else if (reason instanceof Reason.Restricted r) {
      json.put("purpose", r.purpose());
    } else if (reason instanceof Reason.Retained r) {
      json.put("retention", r.retentionId());
      json.put("purpose", r.purpose());
      json.put("until", r.until().toString());
    } else if (reason instanceof Reason.ErasureUnknown r) {
      json.put("reason", r.reason());
    } else if (reason instanceof Reason.UnknownName r) {
      json.put("nameKind", r.kind());
      json.put("name", r.name());
    } else if (reason instanceof Reason.EngineFailure r) {
      json.put("message", r.message());
    }
  }
}
