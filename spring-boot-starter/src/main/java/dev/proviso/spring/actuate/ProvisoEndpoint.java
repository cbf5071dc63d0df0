package dev.proviso.spring.actuate;

import dev.proviso.Policy;
import dev.proviso.metrics.Counter;
import dev.proviso.metrics.ProvisoMetrics;
import dev.proviso.spring.ReloadStatus;
import dev.proviso.spring.ServingPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/proviso}: the serving policy's name, version and content hash, where it comes
 * from, the last reload's outcome and diagnostics, and the library's counters. Nothing about any
 * subject.
 */
@Endpoint(id = "proviso")
public class ProvisoEndpoint {
  private final ServingPolicy policy;
  private final List<ProvisoMetrics> sources;

  ProvisoEndpoint(ServingPolicy policy, List<ProvisoMetrics> sources) {
    this.policy = policy;
    this.sources = List.copyOf(sources);
  }

  @ReadOperation
  public Map<String, Object> proviso() {
    Policy serving = policy.get();
    Map<String, Object> body = new LinkedHashMap<>();
    Map<String, Object> current = new LinkedHashMap<>();
    current.put("name", serving.name());
    current.put("version", serving.version());
    current.put("hash", serving.contentHash());
    current.put("location", policy.location());
    current.put("reloading", policy.reloading().isPresent());
    body.put("policy", current);
    body.put("lastReload", policy.lastReload().map(ProvisoEndpoint::reload).orElse(null));
    Map<String, Long> counters = new LinkedHashMap<>();
    for (ProvisoMetrics source : sources) {
      for (Counter counter : source.counters()) {
        counters.merge(counter.name(), counter.count(), Long::sum);
      }
    }
    body.put("counters", counters);
    return body;
  }

  private static Map<String, Object> reload(ReloadStatus status) {
    Map<String, Object> reload = new LinkedHashMap<>();
    reload.put("outcome", status.outcome());
    reload.put("at", status.at().toString());
    reload.put("servingVersion", status.version());
    reload.put("diagnostics", status.diagnostics());
    return reload;
  }
}
