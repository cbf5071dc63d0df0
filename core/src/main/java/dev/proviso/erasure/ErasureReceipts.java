package dev.proviso.erasure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a receipt from a request's folded journal. */
final class ErasureReceipts {
  private ErasureReceipts() {}

  static ErasureReceipt of(RequestProgress p, Collection<String> registered) {
    // a complete request reports the systems it covered, not ones registered since
    Set<String> names = new LinkedHashSet<>(p.completedAt == null ? registered : List.of());
    names.addAll(p.systems.keySet());
    List<ErasureReceipt.Erased> erased = new ArrayList<>();
    List<ErasureReceipt.Retained> retained = new ArrayList<>();
    List<ErasureReceipt.Pending> pending = new ArrayList<>();
    List<ErasureReceipt.Attempt> attempts = new ArrayList<>();
    List<ErasureReceipt.Replanned> replanned = new ArrayList<>();
    for (String name : names) {
      SystemProgress s = p.systems.getOrDefault(name, new SystemProgress(name));
      if (!s.done()) {
        pending.add(new ErasureReceipt.Pending(name, s.failures, s.lastError));
      }
      if (s.erasedAt != null) {
        erased.addAll(erasedByCategory(s));
      }
      if (s.restrictedAt != null) {
        for (PlannedItem i : s.toRetain()) {
          retained.add(retained(name, lastRetention(s, i), s.swept.get(i.ref())));
        }
      }
      attempts.addAll(attempts(s));
      s.replans.forEach(r -> replanned.add(replanned(name, r)));
    }
    return new ErasureReceipt(
        p.request.requestId(),
        p.request.subjectId(),
        p.request.acceptedAt(),
        p.completedAt != null,
        p.completedAt,
        erased,
        retained,
        pending,
        (p.completedAt != null ? ErasureReceipt.DONE_NOTICE : ErasureReceipt.IN_PROGRESS_NOTICE)
            + " "
            + ErasureReceipt.NEW_RECORD_NOTICE,
        attempts,
        replanned);
  }

  /** The item's newest retention: its re-plan's, or the last one kept before it was dropped. */
  private static PlannedItem lastRetention(SystemProgress s, PlannedItem planned) {
    PlannedItem kept = planned;
    for (SystemProgress.Replan r : s.replans) {
      if (r.after().ref().equals(planned.ref()) && r.after().retained()) {
        kept = r.after();
      }
    }
    return kept;
  }

  private static ErasureReceipt.Retained retained(String system, PlannedItem i, Instant erasedAt) {
    Retention r = i.retention().orElseThrow();
    return new ErasureReceipt.Retained(
        system,
        i.category(),
        i.key(),
        r.purpose(),
        r.ruleId(),
        r.because(),
        r.until(),
        erasedAt,
        r.policyVersion(),
        r.basis());
  }

  /** Every failed attempt and the one that finished the system, in time order, numbered. */
  private static List<ErasureReceipt.Attempt> attempts(SystemProgress s) {
    List<JournalEntry> ends = new ArrayList<>(s.failed);
    if (s.doneAt != null) {
      ends.add(new JournalEntry("", 0, s.system, StepType.COMPLETED, List.of(), "", s.doneAt));
    }
    ends.sort(Comparator.comparing(JournalEntry::at)); // stable: failures before a success
    List<ErasureReceipt.Attempt> result = new ArrayList<>();
    for (JournalEntry e : ends) {
      boolean ok = e.step() != StepType.FAILED;
      result.add(
          new ErasureReceipt.Attempt(
              s.system, result.size() + 1, e.at(), ok, ok ? null : e.detail()));
    }
    return result;
  }

  private static ErasureReceipt.Replanned replanned(String system, SystemProgress.Replan r) {
    Retention from = r.before().retention().orElseThrow();
    Retention to = r.after().retention().orElse(null);
    return new ErasureReceipt.Replanned(
        system,
        r.after().category(),
        r.after().key(),
        r.at(),
        from.policyVersion(),
        r.policyVersion(),
        from.ruleId(),
        to == null ? null : to.ruleId(),
        from.until(),
        to == null ? null : to.until(),
        r.after().note().isEmpty() ? null : r.after().note());
  }

  private static List<ErasureReceipt.Erased> erasedByCategory(SystemProgress s) {
    Map<String, List<PlannedItem>> byCategory = new LinkedHashMap<>();
    for (PlannedItem i : s.toErase()) {
      byCategory.computeIfAbsent(i.category(), c -> new ArrayList<>()).add(i);
    }
    List<ErasureReceipt.Erased> result = new ArrayList<>();
    byCategory.forEach(
        (category, items) -> {
          String notes =
              String.join(
                  "; ",
                  items.stream()
                      .map(PlannedItem::note)
                      .filter(n -> !n.isEmpty())
                      .distinct()
                      .toList());
          result.add(
              new ErasureReceipt.Erased(
                  s.system, category, items.size(), s.erasedAt, notes.isEmpty() ? null : notes));
        });
    return result;
  }
}
