package dev.proviso.model;

import dev.proviso.consent.ConsentEventKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One line of a policy {@code test} block, in order. */
public sealed interface TestStep {

  SourceLocation location();

  /**
   * {@code given consent(p) at T [until T2]}, {@code given withdrawn(p) at T}, {@code given
   * refused(p) at T}, {@code given objected(p) at T}, for a purpose or (when {@code declared}) a
   * consent declared in the policy; {@code given consent(k) by guardian at T} records who gave it.
   *
   * @param purpose the purpose path, or the declared consent's name when {@code declared}
   * @param kind GIVEN, WITHDRAWN, REFUSED or OBJECTED
   * @param givenBy the role that gave it when not the subject (GIVEN only)
   */
  record GivenConsent(
      String purpose,
      ConsentEventKind kind,
      boolean declared,
      Optional<String> givenBy,
      Instant at,
      Optional<Instant> expires,
      SourceLocation location)
      implements TestStep {
    public GivenConsent {
      Objects.requireNonNull(purpose, "purpose");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(givenBy, "givenBy");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(expires, "expires");
      if (kind.isOptOut()) {
        throw new IllegalArgumentException("an opt-out is a GivenOptOut, not a consent: " + kind);
      }
    }

    /** A purpose-keyed grant or withdrawal, as before consent kinds. */
    public GivenConsent(
        String purpose,
        boolean granted,
        Instant at,
        Optional<Instant> expires,
        SourceLocation location) {
      this(
          purpose,
          granted ? ConsentEventKind.GIVEN : ConsentEventKind.WITHDRAWN,
          false,
          Optional.empty(),
          at,
          expires,
          location);
    }

    /** Whether this states a grant. */
    public boolean granted() {
      return kind == ConsentEventKind.GIVEN;
    }
  }

  /** {@code given opted_out(x) at T} or {@code given opted_in(x) at T}. */
  record GivenOptOut(String name, boolean optedOut, Instant at, SourceLocation location)
      implements TestStep {
    public GivenOptOut {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(at, "at");
    }
  }

  /** {@code given event.cart_abandoned at T}. */
  record GivenEvent(String event, Instant at, SourceLocation location) implements TestStep {
    public GivenEvent {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * {@code given context.offer = "discount"}; the value is a String, Double, Boolean, Instant or
   * List of String.
   */
  record GivenContext(String attribute, Object value, SourceLocation location) implements TestStep {
    public GivenContext {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code given erasure at T}: the subject asked to be forgotten at T. */
  record GivenErasure(Instant at, SourceLocation location) implements TestStep {
    public GivenErasure {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * {@code expect allow|deny CATS for PURPOSE [at T] [with OBLIGATIONS] [because "TEXT"]}.
   *
   * @param because text that must appear (ignoring case) in the decision's explanation or advice:
   *     the deciding rule's {@code because}, or what an advisory house rule said
   */
  record Expect(
      Effect outcome,
      Selection categories,
      String purpose,
      Optional<Instant> at,
      List<ObligationDefinition> obligations,
      Optional<String> because,
      SourceLocation location)
      implements TestStep {
    public Expect {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(categories, "categories");
      Objects.requireNonNull(purpose, "purpose");
      Objects.requireNonNull(at, "at");
      obligations = List.copyOf(obligations);
      Objects.requireNonNull(because, "because");
    }

    /** An expectation without a {@code because} text. */
    public Expect(
        Effect outcome,
        Selection categories,
        String purpose,
        Optional<Instant> at,
        List<ObligationDefinition> obligations,
        SourceLocation location) {
      this(outcome, categories, purpose, at, obligations, Optional.empty(), location);
    }
  }
}
