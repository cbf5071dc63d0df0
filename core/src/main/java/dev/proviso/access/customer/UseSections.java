package dev.proviso.access.customer;

import dev.proviso.access.AccessReport;
import dev.proviso.access.customer.CustomerView.Badge;
import dev.proviso.access.customer.CustomerView.Entry;
import dev.proviso.access.customer.CustomerView.Field;
import dev.proviso.access.customer.CustomerView.Group;
import dev.proviso.access.customer.CustomerView.Section;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentEventKind;
import dev.proviso.consent.ConsentHistory;
import dev.proviso.consent.ConsentState;
import dev.proviso.erasure.ErasureReceipt;
import dev.proviso.log.DecisionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decision log in plain words: allowed uses grouped by purpose and data, with counts, first and
 * last use and basis; refused uses apart, with the reason.
 */
final class UseSections {
  private final AccessReport report;
  private final Words w;

  UseSections(AccessReport report, Words w) {
    this.report = report;
    this.w = w;
  }

  Section uses() {
    Map<String, Map<List<String>, List<DecisionRecord>>> byPurpose = group(true);
    List<Group> groups = new ArrayList<>();
    byPurpose.forEach(
        (purpose, byData) -> {
          List<Entry> entries = new ArrayList<>();
          byData.forEach((data, uses) -> entries.add(used(data, uses)));
          groups.add(
              new Group(w.purpose(purpose), w.description("purpose", purpose).orElse(""), entries));
        });
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(groups.isEmpty() ? w.m("uses.none") : w.m("uses.intro"));
    if (report.unreadableLogLines() > 0) {
      paragraphs.add(w.m("uses.unreadable", report.unreadableLogLines()));
    }
    return new Section("uses", w.m("uses.heading"), paragraphs, groups);
  }

  private Entry used(List<String> data, List<DecisionRecord> uses) {
    DecisionRecord first = uses.get(0);
    DecisionRecord last = uses.get(uses.size() - 1);
    List<Badge> badges = new ArrayList<>();
    boolean pseudonymised =
        uses.stream()
            .flatMap(u -> u.rules().stream())
            .flatMap(id -> w.rule(id).stream())
            .anyMatch(AccessReport.RuleNote::pseudonymises);
    if (pseudonymised) {
      badges.add(new Badge("pseudonymised", w.m("badge.pseudonymised")));
    }
    List<Field> fields = new ArrayList<>();
    fields.add(new Field(w.m("field.times"), w.m("uses.times", uses.size())));
    fields.add(new Field(w.m("field.first"), w.dateTime(first.time())));
    if (uses.size() > 1) {
      fields.add(new Field(w.m("field.last"), w.dateTime(last.time())));
    }
    fields.add(new Field(w.m("field.useBasis"), basis(last)));
    return new Entry(w.categories(data), badges, fields, List.of());
  }

  /**
   * Consent, when the customer had given it for the purpose (or a broader one) at the time of the
   * use; otherwise the reasons the allowing rules give.
   */
  private String basis(DecisionRecord use) {
    Optional<Instant> consent = consentAt(use.purpose(), use.time());
    if (consent.isPresent()) {
      return w.m("basis.consent", w.date(consent.get()));
    }
    List<String> reasons =
        use.rules().stream().flatMap(id -> w.because(id).stream()).distinct().toList();
    return reasons.isEmpty() ? w.m("basis.policy") : String.join("; ", reasons);
  }

  /** When the consent in force at {@code at} for {@code purpose} or a parent was given. */
  private Optional<Instant> consentAt(String purpose, Instant at) {
    for (String p = purpose; p != null; p = parent(p)) {
      List<ConsentEvent> events = new ArrayList<>();
      for (AccessReport.ConsentEntry e : report.consentHistory()) {
        if (e.name().equals(p) && !e.kind().startsWith("OPTED")) {
          events.add(event(e));
        }
      }
      ConsentEvent deciding = ConsentHistory.deciding(events, at);
      if (ConsentHistory.consentState(deciding, at) == ConsentState.GIVEN) {
        return Optional.of(deciding.at());
      }
    }
    return Optional.empty();
  }

  private static ConsentEvent event(AccessReport.ConsentEntry e) {
    ConsentEvent event =
        ConsentEvent.of(
            "subject", ConsentEventKind.valueOf(e.kind()), e.name(), e.at(), e.source(), "");
    return e.expires() == null ? event : event.expiringAt(e.expires());
  }

  private static String parent(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? null : path.substring(0, dot);
  }

  Section refused() {
    List<Entry> entries = new ArrayList<>();
    group(false)
        .forEach(
            (purpose, byData) ->
                byData.forEach(
                    (data, uses) -> {
                      DecisionRecord last = uses.get(uses.size() - 1);
                      List<Field> fields = new ArrayList<>();
                      fields.add(new Field(w.m("field.data"), w.categories(data)));
                      fields.add(new Field(w.m("field.times"), w.m("uses.times", uses.size())));
                      fields.add(new Field(w.m("field.lastAttempt"), w.dateTime(last.time())));
                      fields.add(new Field(w.m("field.why"), refusal(last)));
                      entries.add(new Entry(w.purpose(purpose), List.of(), fields, List.of()));
                    }));
    List<String> paragraphs =
        List.of(entries.isEmpty() ? w.m("refused.none") : w.m("refused.intro"));
    List<Group> groups = entries.isEmpty() ? List.of() : List.of(new Group("", "", entries));
    return new Section("refused", w.m("refused.heading"), paragraphs, groups);
  }

  /** The deny rules' reasons; an erasure request; or that no rule allows the use. */
  private String refusal(DecisionRecord use) {
    List<String> reasons =
        use.rules().stream().flatMap(id -> w.because(id).stream()).distinct().toList();
    if (!reasons.isEmpty()) {
      return String.join("; ", reasons);
    }
    for (ErasureReceipt r : report.erasures()) {
      if (!r.acceptedAt().isAfter(use.time())) {
        return w.m("refused.erasure", w.date(r.acceptedAt()));
      }
    }
    return w.m("refused.noRule");
  }

  /** Uses with the outcome, by purpose then by the data they asked for, in time order. */
  private Map<String, Map<List<String>, List<DecisionRecord>>> group(boolean allowed) {
    List<DecisionRecord> uses =
        report.uses().stream()
            .filter(u -> "ALLOW".equals(u.outcome()) == allowed)
            .sorted(java.util.Comparator.comparing(DecisionRecord::time))
            .toList();
    Map<String, Map<List<String>, List<DecisionRecord>>> groups = new LinkedHashMap<>();
    for (DecisionRecord u : uses) {
      groups
          .computeIfAbsent(u.purpose(), p -> new LinkedHashMap<>())
          .computeIfAbsent(u.categories(), c -> new ArrayList<>())
          .add(u);
    }
    return groups;
  }
}
