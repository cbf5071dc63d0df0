package dev.proviso.erasure;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The state of one request, derived only from its journal so any process can resume it. */
final class RequestProgress {
  final ErasureRequest request;
  final Map<String, SystemProgress> systems = new LinkedHashMap<>();
  int lastSeq;
  Instant completedAt;

  private RequestProgress(ErasureRequest request) {
    this.request = request;
  }

  static RequestProgress fold(ErasureRequest request, List<JournalEntry> entries) {
    RequestProgress p = new RequestProgress(request);
    for (JournalEntry e : entries) {
      p.lastSeq = e.seq();
      if (e.step() == StepType.COMPLETED) {
        p.completedAt = e.at();
      } else {
        p.system(e.system()).apply(e);
      }
    }
    return p;
  }

  SystemProgress system(String name) {
    return systems.computeIfAbsent(name, SystemProgress::new);
  }
}
