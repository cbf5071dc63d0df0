package dev.proviso.access;

import dev.proviso.log.DecisionRecord;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything a data subject is entitled to see: what each system holds (categories and values,
 * sensitive ones marked), which purposes the policy permits for each held category today and why,
 * the consent history, and the uses recorded in the decision log. Render with {@link
 * AccessReportHtml}, or as JSON with proviso-jackson's {@code AccessReportJson}. The decision log
 * is read in the format it was written in ({@code format}: proviso-jackson's {@code
 * DecisionLogCodec.JSON_LINES} for the JSON-lines file).
 *
 * <pre>{@code
 * AccessReport report = AccessReportBuilder.forPolicy(policy, consentView)
 *     .systems(List.of(crm, mailer, invoicing))
 *     .consentLedger(ledger)
 *     .decisionLog(Path.of("decisions.jsonl"), format, pseudonymizer)
 *     .build(alice);
 * Files.writeString(Path.of("report.html"), AccessReportHtml.render(report));
 * }</pre>
 *
 * @param policy the deciding policy as {@code name v<version>}
 * @param permissionsEvaluated false when the report was built without asking the engine
 * @param unreadableLogLines decision log lines that could not be read (e.g. torn by a crash of the
 *     writer); when not zero, {@code uses} may be incomplete and the report says so
 */
public record AccessReport(
    String subjectId,
    Instant generatedAt,
    String policy,
    List<SystemHoldings> holdings,
    List<CategoryPermissions> permissions,
    boolean permissionsEvaluated,
    List<ConsentEntry> consentHistory,
    List<DecisionRecord> uses,
    int unreadableLogLines) {

  public AccessReport {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(policy, "policy");
    holdings = List.copyOf(holdings);
    permissions = List.copyOf(permissions);
    consentHistory = List.copyOf(consentHistory);
    uses = List.copyOf(uses);
  }

  /** What one system holds about the subject. */
  public record SystemHoldings(String system, List<HeldValue> items) {
    public SystemHoldings {
      items = List.copyOf(items);
    }
  }

  /**
   * One held value.
   *
   * @param sensitive a special category (GDPR Art. 9), or a category the policy does not declare
   * @param restrictedTo the only purpose it may still be used for (retained after erasure), or null
   */
  public record HeldValue(
      String category, String record, String value, boolean sensitive, String restrictedTo) {}

  /** The purposes the policy permits for one held category today. */
  public record CategoryPermissions(String category, List<PermittedPurpose> purposes) {
    public CategoryPermissions {
      purposes = List.copyOf(purposes);
    }
  }

  /**
   * A permitted purpose and why: the deciding rules and the explanation lines (with their {@code
   * because} texts).
   */
  public record PermittedPurpose(String purpose, List<String> rules, List<String> why) {
    public PermittedPurpose {
      rules = List.copyOf(rules);
      why = List.copyOf(why);
    }
  }

  /**
   * One consent-ledger event, as proof of consent.
   *
   * @param expires when a grant lapses, or null
   */
  public record ConsentEntry(
      String kind,
      String name,
      Instant at,
      String source,
      Instant expires,
      String policyVersion,
      Instant recordedAt) {}
}
