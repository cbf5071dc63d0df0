package dev.proviso.cli.input;

import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The consent state given with {@code --consent}, {@code --opt-out} and {@code --erasure}. A state
 * holds from its instant on; before it, and for purposes not given, consent is UNKNOWN.
 *
 * @param consents for each purpose, its state changes in the order given
 * @param optOuts opt-out name to the instant it took effect
 * @param erasure when the subject asked to be forgotten, if they did
 */
public record CommandLineConsents(
    Map<String, List<Change>> consents, Map<String, Instant> optOuts, Optional<Instant> erasure)
    implements ConsentView {

  /** {@code marketing.email=given@2026-01-01T00:00:00Z}: from {@code since} on, {@code state}. */
  public record Change(ConsentState state, Instant since) {}

  public CommandLineConsents {
    consents = Map.copyOf(consents);
    optOuts = Map.copyOf(optOuts);
  }

  @Override
  public ConsentState consent(String subjectId, String purpose, Instant at) {
    ConsentState state = ConsentState.UNKNOWN;
    Instant latest = Instant.MIN;
    for (Change change : consents.getOrDefault(purpose, List.of())) {
      if (!change.since().isAfter(at) && !change.since().isBefore(latest)) {
        state = change.state();
        latest = change.since();
      }
    }
    return state;
  }

  @Override
  public boolean optedOut(String subjectId, String name, Instant at) {
    Instant since = optOuts.get(name);
    return since != null && !since.isAfter(at);
  }

  @Override
  public boolean erasureRequested(String subjectId, Instant at) {
    return erasure.map(e -> !e.isAfter(at)).orElse(false);
  }
}
