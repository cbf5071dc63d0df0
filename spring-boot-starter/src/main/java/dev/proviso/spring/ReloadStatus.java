package dev.proviso.spring;

import java.time.Instant;
import java.util.List;

/**
 * What the last reload of a {@code file:} policy did, as the Actuator endpoint shows it.
 *
 * @param outcome {@code accepted} (the new version serves), {@code rejected} (it did not compile;
 *     the old version serves) or {@code failed} (the engine refused the model)
 * @param at when the reload happened
 * @param version the version serving after it
 * @param diagnostics the compiler's one-line diagnostics ({@code file:line:col: error[P101]: ...})
 *     or, for {@code failed}, the exception class
 */
public record ReloadStatus(String outcome, Instant at, int version, List<String> diagnostics) {
  public ReloadStatus {
    diagnostics = List.copyOf(diagnostics);
  }
}
