package dev.proviso.testing.runner;

import dev.proviso.Obligation;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.Value;
import java.time.Instant;
import java.util.Optional;

/** Turns an obligation written in a test's {@code expect ... with} into the runtime form. */
final class ExpectedObligations {
  private ExpectedObligations() {}

  /** The obligation, or empty when a {@code not_before} instant cannot be computed. */
  static Optional<Obligation> resolve(ObligationDefinition definition, Scenario scenario) {
    if (definition instanceof ObligationDefinition.Mask m) {
      return Optional.of(new Obligation.Mask(m.category(), m.method()));
    }
    if (definition instanceof ObligationDefinition.Pseudonymize p) {
      return Optional.of(new Obligation.Pseudonymize(p.category()));
    }
    if (definition instanceof ObligationDefinition.Notify n) {
      return Optional.of(new Obligation.Notify(n.message(), n.channel()));
    }
    if (definition instanceof ObligationDefinition.NotBefore n) {
      return instant(n.instant(), scenario).map(Obligation.NotBefore::new);
    }
    return Optional.of(new Obligation.Audit(((ObligationDefinition.Audit) definition).tag()));
  }

  private static Optional<Instant> instant(Value value, Scenario scenario) {
    if (value instanceof Value.InstantLiteral literal) {
      return Optional.of(literal.value());
    }
    if (value instanceof Value.Shifted shifted) {
      return instant(shifted.instant(), scenario).map(shifted.offset()::addTo);
    }
    if (value instanceof Value.Attribute attribute) {
      Object found =
          switch (attribute.scope()) {
            case EVENT -> scenario.events().get(attribute.name());
            case CONTEXT -> scenario.context().get(attribute.name());
            case SUBJECT -> scenario.subject().get(attribute.name());
          };
      return found instanceof Instant instant ? Optional.of(instant) : Optional.empty();
    }
    return Optional.empty();
  }
}
