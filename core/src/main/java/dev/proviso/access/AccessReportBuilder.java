package dev.proviso.access;

import dev.proviso.Policy;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentLedger;
import dev.proviso.consent.ConsentView;
import dev.proviso.erasure.DataSystem;
import dev.proviso.erasure.ErasureReceipt;
import dev.proviso.erasure.HeldItem;
import dev.proviso.erasure.ItemOrigin;
import dev.proviso.erasure.Retention;
import dev.proviso.erasure.RetentionPlanner;
import dev.proviso.log.DecisionLog;
import dev.proviso.log.DecisionRecordFormat;
import dev.proviso.log.SubjectPseudonymizer;
import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.Provenance;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Gathers an {@link AccessReport} for one subject from the data systems, the consent ledger, the
 * engine and the decision log.
 *
 * <pre>{@code
 * AccessReport report = AccessReportBuilder.forPolicy(policy, consentView)
 *     .systems(List.of(crm, mailer, invoicing))
 *     .consentLedger(ledger)
 *     .decisionLog(Path.of("decisions.jsonl"), DecisionLogCodec.JSON_LINES, pseudonymizer)
 *     .flushing(log) // the AsyncDecisionLogWriter the guards write to
 *     .build(alice);
 * }</pre>
 */
public final class AccessReportBuilder {
  private final PolicyModel model;
  private PermittedPurposes permissions;
  private List<DataSystem> systems = List.of();
  private ConsentLedger ledger;
  private Function<String, DecisionLogUses.Found> uses =
      subjectId -> new DecisionLogUses.Found(List.of(), 0);
  private Clock clock = Clock.systemUTC();
  private DecisionLog live = DecisionLog.NONE;
  private Function<String, List<ErasureReceipt>> erasures = subjectId -> List.of();
  private Supplier<RetentionPlanner> retention;

  /**
   * A builder that reports holdings, consent and uses against {@code model} but does not ask the
   * engine which purposes are permitted (the report says so); prefer {@link #forPolicy}.
   */
  public AccessReportBuilder(PolicyModel model) {
    this.model = Objects.requireNonNull(model, "model");
    RetentionPlanner planner = RetentionPlanner.of(model);
    this.retention = () -> planner;
  }

  /**
   * A builder that also asks {@code policy}, with the production consent view, what is permitted.
   */
  public static AccessReportBuilder forPolicy(Policy policy, ConsentView view) {
    AccessReportBuilder b = new AccessReportBuilder(policy.model());
    b.permissions = new PermittedPurposes(policy, view);
    return b;
  }

  public AccessReportBuilder systems(List<DataSystem> systems) {
    this.systems = List.copyOf(systems);
    return this;
  }

  public AccessReportBuilder consentLedger(ConsentLedger ledger) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    return this;
  }

  /** Reads the subject's uses from a decision log file written in {@code format}. */
  public AccessReportBuilder decisionLog(
      Path log, DecisionRecordFormat format, SubjectPseudonymizer pseudonymizer) {
    return decisionLog(
        () -> {
          try {
            return Files.newBufferedReader(log, StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot open the decision log " + log, e);
          }
        },
        format,
        pseudonymizer);
  }

  /** Reads the subject's uses from the decision log {@code open} returns (closed after reading). */
  public AccessReportBuilder decisionLog(
      Supplier<Reader> open, DecisionRecordFormat format, SubjectPseudonymizer pseudonymizer) {
    Objects.requireNonNull(format, "format");
    this.uses =
        subjectId -> {
          try (Reader r = open.get()) {
            return DecisionLogUses.read(r, format, pseudonymizer.pseudonym(subjectId));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    return this;
  }

  /**
   * The live log the guards write to the decision log this report reads: {@link #build} flushes it
   * first, so the newest uses are in the report.
   */
  public AccessReportBuilder flushing(DecisionLog live) {
    this.live = Objects.requireNonNull(live, "live");
    return this;
  }

  /**
   * Where the subject's erasure requests come from ({@code coordinator::receiptsOf}): the report
   * shows their status and receipts, and each retained item with the retention its receipt
   * promised.
   */
  public AccessReportBuilder erasures(Function<String, List<ErasureReceipt>> receiptsOf) {
    this.erasures = Objects.requireNonNull(receiptsOf, "receiptsOf");
    return this;
  }

  /**
   * The planner that says how long each held item would be kept after an erasure request; by
   * default every retention of the report's policy applies (as {@link RetentionPlanner#of}). Pass
   * the coordinator's supplier so the report and the erasure agree.
   */
  public AccessReportBuilder retention(Supplier<RetentionPlanner> planner) {
    this.retention = Objects.requireNonNull(planner, "planner");
    return this;
  }

  public AccessReportBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * The report as of now, after flushing the live decision log. Throws if a system, the ledger or
   * the log cannot be read, or the live log cannot be flushed.
   */
  public AccessReport build(Subject subject) {
    live.flush();
    Instant now = clock.instant();
    List<ErasureReceipt> receipts = erasures.apply(subject.id());
    RetentionPlanner planner = retention.get();
    ReportVocabulary vocabulary = new ReportVocabulary(model);
    List<AccessReport.SystemHoldings> holdings = new ArrayList<>();
    Map<String, Map<String, Instant>> eventsByCategory = new LinkedHashMap<>();
    for (DataSystem system : systems) {
      List<AccessReport.HeldValue> values = new ArrayList<>();
      for (HeldItem item : system.holdings(subject.id())) {
        // per category, the latest instant of each event: permissions hold at least for the newest
        Map<String, Instant> events =
            eventsByCategory.computeIfAbsent(item.category(), c -> new LinkedHashMap<>());
        item.events().forEach((name, at) -> events.merge(name, at, AccessReportBuilder::later));
        values.add(
            new AccessReport.HeldValue(
                item.category(),
                item.key(),
                item.value(),
                sensitive(item.category()),
                item.restrictedTo().orElse(null),
                item.origin().map(ItemOrigin::provenance).orElseGet(() -> declared(item)),
                item.origin().map(AccessReportBuilder::origin).orElse(null),
                retention(system.name(), item, receipts, planner, subject.id(), now)));
      }
      values.forEach(vocabulary::held);
      holdings.add(new AccessReport.SystemHoldings(system.name(), values));
    }
    List<AccessReport.CategoryPermissions> permitted = new ArrayList<>();
    if (permissions != null) {
      eventsByCategory.forEach(
          (c, events) -> permitted.add(permissions.of(subject, c, events, now)));
    }
    List<AccessReport.ConsentEntry> history =
        ledger == null
            ? List.of()
            : ledger.history(subject.id()).stream().map(AccessReportBuilder::entry).toList();
    DecisionLogUses.Found found = uses.apply(subject.id());
    permitted.forEach(vocabulary::permitted);
    history.forEach(vocabulary::consent);
    found.uses().forEach(vocabulary::used);
    receipts.forEach(vocabulary::receipt);
    return new AccessReport(
        subject.id(),
        now,
        model.name() + " v" + model.version(),
        holdings,
        permitted,
        permissions != null,
        history,
        found.uses(),
        found.unreadableLines(),
        receipts,
        vocabulary.terms(),
        vocabulary.rules());
  }

  /**
   * A retained item keeps what its receipt promised (the newest receipt naming it); any other item
   * shows what the serving policy would keep it for after an erasure request today.
   */
  private static Retention retention(
      String system,
      HeldItem item,
      List<ErasureReceipt> receipts,
      RetentionPlanner planner,
      String subjectId,
      Instant now) {
    if (item.restrictedTo().isPresent()) {
      for (int i = receipts.size() - 1; i >= 0; i--) {
        for (ErasureReceipt.Retained r : receipts.get(i).retained()) {
          if (r.erasedAt() == null
              && r.system().equals(system)
              && r.item().equals(item.key())
              && r.category().equals(item.category())) {
            return new Retention(
                r.rule(), r.purpose(), r.because(), r.until(), r.policyVersion(), r.basis());
          }
        }
      }
    }
    return planner.plan(subjectId, item, now).retention().orElse(null);
  }

  private Provenance declared(HeldItem item) {
    return model
        .category(item.category())
        .map(CategoryDefinition::provenance)
        .orElse(Provenance.UNSPECIFIED);
  }

  private static AccessReport.Origin origin(ItemOrigin o) {
    return new AccessReport.Origin(
        o.source().orElse(null), o.method().orElse(null), o.at().orElse(null));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** Sensitive when the policy says so; a category it does not declare is flagged to be safe. */
  private boolean sensitive(String category) {
    return model.category(category).map(CategoryDefinition::sensitive).orElse(true);
  }

  private static AccessReport.ConsentEntry entry(ConsentEvent e) {
    return new AccessReport.ConsentEntry(
        e.kind().name(),
        e.name() + e.givenBy().map(role -> " (given by " + role + ")").orElse(""),
        e.at(),
        e.source(),
        e.expires().orElse(null),
        e.policyVersion(),
        e.recordedAt());
  }
}
