package dev.proviso.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A consent declared in the policy by name, e.g. {@code consent newsletter for marketing.email
 * valid 24 months}: what the subject agrees to, for which purposes, for how long, and who may give
 * it. Conditions ask for it by name ({@code consent(newsletter)}, {@link
 * Condition.ConsentKindGiven}); ledger events for it carry its name ({@code
 * ConsentTopic.CONSENT_KIND}), so two consents for the same purpose (explicit and ordinary, a
 * parent's and the child's own) stay apart.
 *
 * <pre>{@code
 * ConsentDefinition newsletter = new ConsentDefinition("newsletter", List.of("marketing.email"),
 *     Optional.of(new PolicyDuration(24, ChronoUnit.MONTHS)), false, Optional.empty(),
 *     SourceLocation.UNKNOWN);
 * }</pre>
 *
 * @param name the consent's name, a dotted name unique among consents and distinct from every
 *     purpose path
 * @param purposes the purposes it is asked for (a purpose covers its sub-purposes); at least one
 * @param validity how long a grant stays in force: a GIVEN older than this at the decision instant
 *     is EXPIRED (calendar amounts in UTC, like every policy duration)
 * @param explicit GDPR Art. 9(2)(a) explicit consent, the kind that lifts the ban on special
 *     categories: of the declared consents, only an explicit one silences the lint for a sensitive
 *     category used for marketing (W403); it decides nothing by itself
 * @param givenBy who must give it when not the subject, e.g. {@code guardian} for a child (GDPR
 *     Art. 8): only GIVEN events recorded as given by that role count; a withdrawal, refusal or
 *     objection counts whoever records it
 */
public record ConsentDefinition(
    String name,
    List<String> purposes,
    Optional<PolicyDuration> validity,
    boolean explicit,
    Optional<String> givenBy,
    SourceLocation location) {

  public ConsentDefinition {
    Objects.requireNonNull(name, "name");
    purposes = List.copyOf(purposes);
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(givenBy, "givenBy");
    Objects.requireNonNull(location, "location");
    if (name.isBlank() || purposes.isEmpty()) {
      throw new IllegalArgumentException(
          "a consent needs a name and at least one purpose: '" + name + "'");
    }
  }

  /** Whether this consent is asked for {@code purpose}: one of its purposes is it or above it. */
  public boolean covers(String purpose) {
    return purposes.stream().anyMatch(p -> Paths.isSelfOrAncestor(p, purpose));
  }

  /** The declaration in policy syntax, e.g. {@code consent newsletter for marketing.email}. */
  @Override
  public String toString() {
    return "consent "
        + name
        + " for "
        + String.join(", ", purposes)
        + validity.map(v -> " valid " + v).orElse("")
        + (explicit ? " explicit" : "")
        + givenBy.map(g -> " given by " + g).orElse("");
  }
}
