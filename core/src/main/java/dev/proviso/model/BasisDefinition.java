package dev.proviso.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A lawful basis the policy declares for a use: {@code basis consent(marketing.email) for
 * marketing.email}, {@code basis contract to use user.contact, user.payment for essential.service}.
 * The condition {@code basis(k, ...)} holds for a request when a declared basis of one of those
 * kinds covers the request's purpose and every requested category, and, for a consent basis, its
 * consent is given.
 *
 * @param basis which of the six bases
 * @param consent for {@link LawfulBasis#CONSENT} the consent that must be given ({@code
 *     consent(marketing.email)}), empty for the others
 * @param categories the categories the basis covers ({@link Selection#ANY} when not limited); a
 *     basis covers a requested category as an allow does (at or below what it names)
 * @param purposes the purposes the basis is declared for (each covers its sub-purposes)
 */
public record BasisDefinition(
    LawfulBasis basis,
    Optional<Condition> consent,
    Selection categories,
    Selection purposes,
    Optional<String> because,
    SourceLocation location) {

  public BasisDefinition {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(categories, "categories");
    Objects.requireNonNull(purposes, "purposes");
    Objects.requireNonNull(because, "because");
    Objects.requireNonNull(location, "location");
    if ((basis == LawfulBasis.CONSENT) != consent.isPresent()) {
      throw new IllegalArgumentException("a consent basis, and only it, names its consent");
    }
  }

  /** Whether the basis covers the purpose and the category (allow coverage, rule 2). */
  public boolean covers(String purpose, String category) {
    return Coverage.coversPurpose(purposes, purpose)
        && Coverage.covers(Effect.ALLOW, categories, category);
  }
}
