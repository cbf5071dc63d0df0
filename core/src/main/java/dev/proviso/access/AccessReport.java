package dev.proviso.access;

import dev.proviso.erasure.ErasureReceipt;
import dev.proviso.erasure.Retention;
import dev.proviso.log.DecisionRecord;
import dev.proviso.model.Provenance;
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
 * @param erasures the subject's erasure requests with their receipts, oldest first
 * @param terms the policy's description of every category, purpose and regime the report names
 * @param rules what each rule the report names says (its {@code because}, regime, obligations), so
 *     the report can be read in plain words without the policy
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
    int unreadableLogLines,
    List<ErasureReceipt> erasures,
    List<Term> terms,
    List<RuleNote> rules) {

  public AccessReport {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(policy, "policy");
    holdings = List.copyOf(holdings);
    permissions = List.copyOf(permissions);
    consentHistory = List.copyOf(consentHistory);
    uses = List.copyOf(uses);
    erasures = erasures == null ? List.of() : List.copyOf(erasures);
    terms = terms == null ? List.of() : List.copyOf(terms);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** A report without erasure requests. */
  public AccessReport(
      String subjectId,
      Instant generatedAt,
      String policy,
      List<SystemHoldings> holdings,
      List<CategoryPermissions> permissions,
      boolean permissionsEvaluated,
      List<ConsentEntry> consentHistory,
      List<DecisionRecord> uses,
      int unreadableLogLines) {
    this(
        subjectId,
        generatedAt,
        policy,
        holdings,
        permissions,
        permissionsEvaluated,
        consentHistory,
        uses,
        unreadableLogLines,
        List.of(),
        List.of(),
        List.of());
  }

  /** Counts only: the report is personal data (ids, values) and stays out of logs. */
  @Override
  public String toString() {
    return "AccessReport[policy="
        + policy
        + ", systems="
        + holdings.size()
        + ", uses="
        + uses.size()
        + ", erasures="
        + erasures.size()
        + "]";
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
   * @param provenance how it came to be held: the system's own record of it, else the category's
   *     declared provenance
   * @param origin what the system says about where it came from (source, model, when), or null
   * @param retention the retention that keeps it after an erasure request: for a retained item the
   *     one its receipt promised, otherwise the one the serving policy would apply today; null when
   *     an erasure request erases it
   */
  public record HeldValue(
      String category,
      String record,
      String value,
      boolean sensitive,
      String restrictedTo,
      Provenance provenance,
      Origin origin,
      Retention retention) {

    public HeldValue {
      provenance = provenance == null ? Provenance.UNSPECIFIED : provenance;
    }

    /** A value with no provenance or retention recorded. */
    public HeldValue(
        String category, String record, String value, boolean sensitive, String restrictedTo) {
      this(category, record, value, sensitive, restrictedTo, Provenance.UNSPECIFIED, null, null);
    }

    /** Names the record and category only: the value is personal data. */
    @Override
    public String toString() {
      return "HeldValue[" + record + "/" + category + "]";
    }
  }

  /**
   * How the policy describes a name the report uses.
   *
   * @param kind {@code category}, {@code purpose} or {@code regime}
   * @param label the policy's (or its imported taxonomy's) display name, or null
   * @param description the policy's (or its imported taxonomy's) description, or null
   */
  public record Term(String kind, String name, String label, String description) {}

  /**
   * One rule the report names (by a use, a permission or a retention).
   *
   * @param effect {@code allow}, {@code deny} or {@code retain}
   * @param regime the regime the rule belongs to, or null for a top-level rule
   * @param because the author's plain-language reason, or null
   * @param pseudonymises an allow whose obligations pseudonymise data
   */
  public record RuleNote(
      String id, String effect, String regime, String because, boolean pseudonymises) {}

  /**
   * Where a held item came from, as its system recorded it (fields it does not know are null).
   *
   * @param source what it was derived or collected from
   * @param method the model or process that produced it
   * @param at when it was collected or inferred
   */
  public record Origin(String source, String method, Instant at) {}

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
