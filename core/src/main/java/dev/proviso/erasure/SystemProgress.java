package dev.proviso.erasure;

import java.time.Instant;
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
  int failures;
  String lastError = "";
  final Set<ItemRef> sweeping = new LinkedHashSet<>();
  final Map<ItemRef, Instant> swept = new LinkedHashMap<>();

  SystemProgress(String system) {
    this.system = system;
  }

  void apply(JournalEntry e) {
    switch (e.step()) {
      case PLANNED -> plan = e.items();
      case ERASE_STARTED -> eraseStarted = true;
      case ERASED -> erasedAt = e.at();
      case RESTRICT_STARTED -> restrictStarted = true;
      case RESTRICTED -> restrictedAt = e.at();
      case FAILED -> {
        failures++;
        lastError = e.detail();
      }
      case SWEEP_STARTED -> e.items().forEach(i -> sweeping.add(i.ref()));
      case SWEPT ->
          e.items()
              .forEach(
                  i -> {
                    sweeping.remove(i.ref());
                    swept.put(i.ref(), e.at());
                  });
      case COMPLETED -> {}
    }
  }

  List<PlannedItem> toErase() {
    return plan.stream().filter(i -> !i.retained()).toList();
  }

  List<PlannedItem> toRetain() {
    return plan.stream().filter(PlannedItem::retained).toList();
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
