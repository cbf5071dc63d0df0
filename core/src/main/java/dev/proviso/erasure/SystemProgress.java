package dev.proviso.erasure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One system's part of a request, folded from the journal. */
final class SystemProgress {
  final String system;
  List<PlannedItem> plan; // null until PLANNED
  boolean eraseStarted;
  Instant erasedAt;
  boolean restrictStarted;
  Instant restrictedAt;
  Instant doneAt;
  int failures;
  String lastError = "";
  final List<JournalEntry> failed = new ArrayList<>();
  final Set<ItemRef> sweeping = new LinkedHashSet<>();
  final Map<ItemRef, Instant> swept = new LinkedHashMap<>();

  /** The newest re-plan of each re-planned item. */
  final Map<ItemRef, PlannedItem> replanned = new LinkedHashMap<>();

  /** Every re-plan in order: the item as it stood before and after. */
  final List<Replan> replans = new ArrayList<>();

  /** Re-planned items still retained whose system has not been told the new retention yet. */
  final Set<ItemRef> restrictPending = new LinkedHashSet<>();

  record Replan(Instant at, String policyVersion, PlannedItem before, PlannedItem after) {}

  SystemProgress(String system) {
    this.system = system;
  }

  void apply(JournalEntry e) {
    switch (e.step()) {
      case PLANNED -> plan = e.items();
      case ERASE_STARTED -> eraseStarted = true;
      case ERASED -> erasedAt = e.at();
      case RESTRICT_STARTED -> restrictStarted = true;
      case RESTRICTED -> {
        if (restrictedAt == null) {
          restrictedAt = e.at();
        }
        e.items().forEach(i -> restrictPending.remove(i.ref()));
      }
      case FAILED -> {
        failures++;
        lastError = e.detail();
        failed.add(e);
      }
      case SWEEP_STARTED -> e.items().forEach(i -> sweeping.add(i.ref()));
      case SWEPT ->
          e.items()
              .forEach(
                  i -> {
                    sweeping.remove(i.ref());
                    swept.put(i.ref(), e.at());
                  });
      case REPLANNED ->
          e.items()
              .forEach(
                  i -> {
                    replans.add(new Replan(e.at(), e.detail(), current(i.ref()), i));
                    replanned.put(i.ref(), i);
                    if (i.retained()) {
                      restrictPending.add(i.ref());
                    } else {
                      restrictPending.remove(i.ref());
                    }
                  });
      case COMPLETED -> {}
    }
    if (doneAt == null && done()) {
      doneAt = e.at();
    }
  }

  List<PlannedItem> toErase() {
    return plan.stream().filter(i -> !i.retained()).toList();
  }

  /** The items the plan retained, as first planned (the restriction step acts on these). */
  List<PlannedItem> toRetain() {
    return plan.stream().filter(PlannedItem::retained).toList();
  }

  /** The plan's retained items as they stand now, after every re-plan; not yet swept. */
  List<PlannedItem> keptNow() {
    return toRetain().stream()
        .filter(i -> !swept.containsKey(i.ref()))
        .map(i -> current(i.ref()))
        .toList();
  }

  /** A retained item as it stands after its newest re-plan. */
  PlannedItem current(ItemRef ref) {
    PlannedItem r = replanned.get(ref);
    if (r != null) {
      return r;
    }
    return plan.stream().filter(i -> i.ref().equals(ref)).findFirst().orElseThrow();
  }

  boolean erased() {
    return erasedAt != null || (plan != null && toErase().isEmpty());
  }

  boolean restricted() {
    return restrictedAt != null || (plan != null && toRetain().isEmpty());
  }

  boolean done() {
    return plan != null && erased() && restricted();
  }
}
