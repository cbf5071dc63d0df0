package dev.proviso.testing.runner;

import dev.proviso.Subject;
import dev.proviso.model.PolicyTestDefinition;
import dev.proviso.model.TestStep;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a policy test has stated so far: the subject, the consent ledger, context, event instants
 * and the latest instant any step named. Each {@code given} step yields a new scenario.
 */
record Scenario(
    Subject subject,
    ScenarioConsentView consents,
    Map<String, Object> context,
    Map<String, Instant> events,
    Optional<Instant> latestInstant) {

  Scenario {
    context = Map.copyOf(context);
    events = Map.copyOf(events);
  }

  /** The scenario at the start of a test: its subject, nothing given yet. */
  static Scenario start(PolicyTestDefinition test) {
    String id = "test:" + test.name();
    Subject subject = Subject.builder(id).setAll(test.subject()).build();
    return new Scenario(
        subject, ScenarioConsentView.forSubject(id), Map.of(), Map.of(), Optional.empty());
  }

  /** This scenario with one more {@code given} step; an {@code expect} step changes nothing. */
  Scenario given(TestStep step) {
    if (step instanceof TestStep.GivenConsent c) {
      ScenarioConsentView view =
          c.declared()
              ? consents.declared(c.kind(), c.purpose(), c.at(), c.givenBy())
              : c.expires().isPresent()
                  ? consents.consent(c.purpose(), c.at(), c.expires().get())
                  : consents.purpose(c.kind(), c.purpose(), c.at());
      return new Scenario(subject, view, context, events, latest(c.at()));
    }
    if (step instanceof TestStep.GivenOptOut o) {
      ScenarioConsentView view =
          o.optedOut() ? consents.optedOut(o.name(), o.at()) : consents.optedIn(o.name(), o.at());
      return new Scenario(subject, view, context, events, latest(o.at()));
    }
    if (step instanceof TestStep.GivenEvent e) {
      Map<String, Instant> more = new LinkedHashMap<>(events);
      more.put(e.event(), e.at());
      return new Scenario(subject, consents, context, more, latest(e.at()));
    }
    if (step instanceof TestStep.GivenContext c) {
      Map<String, Object> more = new LinkedHashMap<>(context);
      more.put(c.attribute(), c.value());
      return new Scenario(subject, consents, more, events, latestInstant);
    }
    if (step instanceof TestStep.GivenErasure e) {
      return new Scenario(subject, consents.erasure(e.at()), context, events, latest(e.at()));
    }
    return this; // an expectation states nothing
  }

  private Optional<Instant> latest(Instant at) {
    return Optional.of(latestInstant.filter(l -> l.isAfter(at)).orElse(at));
  }
}
