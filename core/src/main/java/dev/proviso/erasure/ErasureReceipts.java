package dev.proviso.erasure;

import java.util.ArrayList;
import java.util.Collection;
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
          Retention r = i.retention().orElseThrow();
          retained.add(
              new ErasureReceipt.Retained(
                  name,
                  i.category(),
                  i.key(),
                  r.purpose(),
                  r.ruleId(),
                  r.because(),
                  r.until(),
                  s.swept.get(i.ref())));
        }
      }
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
            + ErasureReceipt.NEW_RECORD_NOTICE);
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
